using System.Text.RegularExpressions;

namespace Caravan.Extraction;

/// <summary>Lines the site writes under every article, not the author: newsletter and support invitations, "this entry
/// was posted in …" (the default WordPress footer, in English and German), advertiser and affiliate disclosures,
/// copyright notices, "read the rest"/"to view the full story, please subscribe", inline "le puede interesar:" teasers,
/// photo credit lines. They can be longer than the short page lines, so they are matched up to <see cref="MaxChars"/>.</summary>
internal static partial class InvitationLines
{
    public const int MaxChars = 400;

    public static bool IsMatch(string line) => line.Length <= MaxChars && Line().IsMatch(line);

    [GeneratedRegex(@"^(?:this (?:entry|post) was posted (?:in|on) .*|der beitrag wurde am .{5,80} veröffentlicht.*|if you (?:enjoyed|liked|found value in) (?:reading )?this (?:post|article|story).*|stay up[- ]to[- ]date.{0,80}|do you want to (?:be informed|stay informed|get updates).*|(?:pour )?lire la suite\s*[.…:]*|zapraszamy (?:też |także )?do (?:subskrypcji|prenumeraty).*|wenn ihnen (?:unser|dieser|der) (?:artikel|beitrag|text) gefallen hat.*|this (?:post|article|page) (?:contains|may contain) (?:references to products|affiliate links).*|vorschau auf den nächsten (?:artikel|beitrag)|keine (?:neuigkeiten|news|nachrichten) .{0,60} (?:mehr )?verpassen.*|(?:abonnieren sie|melden sie sich für|sign up for|subscribe to) .{0,60}newsletter.*|crédits? photos?\s*:.{0,120}|weiterführende (?:informationen|links)\s*:?|(?:le |te )?(?:puede|podría) interesar(?:le)?\s*:?.{0,150}|puedes? ver\s*:.{0,150}|auch lesen\s*:.{0,150}|kategorien?\s*:.{0,150}|advertising disclosure\s*:.*|the advertising disclaimer below.*|this (?:article|content|story) is the copyrighted property of.*|written permission must be obtained.*|to (?:view|read) the (?:full|rest of the|entire) (?:story|article),? please (?:subscribe|log in|sign in).*|if you(?:'|’)re seeing this message but you(?:'|’)re already a subscriber.*|for the latest (?:stories|news).{0,80} download .*|submit your letter to the editor.*|\*?werbung\.? dieser beitrag enthält (?:werbung|affiliate-links).*|bei den (?:mit \* markierten )?(?:verlinkungen|links) handelt es sich um .*|verraten sie (?:uns )?(?:gerne )?in den kommentaren.*|wir respektieren (?:deine|ihre) privatsphäre.*|(?:das (?:thema )?|dies )?könnte (?:sie|dich) auch interessieren\s*:.{0,150}|we want to hear what you think about this (?:article|story).*|hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten.*|(?:dieser |der )?beitrag gibt die meinung de[rs] (?:autors|autorin|verfassers).*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
