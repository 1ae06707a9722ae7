using System.Text.RegularExpressions;

namespace Caravan.Extraction;

/// <summary>Lines the site writes under every article, not the author: newsletter and support invitations, "this entry
/// was posted in …" (the default WordPress footer, in English and German), advertiser disclosures, "read the rest",
/// photo credit lines. They can be longer than the short page lines, so they are matched up to <see cref="MaxChars"/>.</summary>
internal static partial class InvitationLines
{
    public const int MaxChars = 400;

    public static bool IsMatch(string line) => line.Length <= MaxChars && Line().IsMatch(line);

    [GeneratedRegex(@"^(?:this (?:entry|post) was posted (?:in|on) .*|der beitrag wurde am .{5,80} veröffentlicht.*|if you (?:enjoyed|liked|found value in) (?:reading )?this (?:post|article|story).*|stay up[- ]to[- ]date.{0,80}|do you want to (?:be informed|stay informed|get updates).*|(?:pour )?lire la suite\s*[.…:]*|zapraszamy (?:też |także )?do (?:subskrypcji|prenumeraty).*|wenn ihnen (?:unser|dieser|der) (?:artikel|beitrag|text) gefallen hat.*|this (?:post|article|page) (?:contains|may contain) (?:references to products|affiliate links).*|vorschau auf den nächsten (?:artikel|beitrag)|keine (?:neuigkeiten|news|nachrichten) .{0,60} (?:mehr )?verpassen.*|(?:abonnieren sie|melden sie sich für|sign up for|subscribe to) .{0,60}newsletter.*|crédits? photos?\s*:.{0,120}|weiterführende (?:informationen|links)\s*:?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
