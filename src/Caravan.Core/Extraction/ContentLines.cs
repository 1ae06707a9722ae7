using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Caravan.Cleaning;

namespace Caravan.Extraction;

/// <summary>Short lines inside an article body that belong to the page, not the story: "Related articles",
/// "ADVERTISEMENT", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "SEE MORE: …", share prompts; and photo captions.</summary>
internal static partial class ContentLines
{
    public static void RemoveBoilerplateLines(IElement content)
    {
        Blocks.WrapLooseInline(content, content.Owner!);
        foreach (var block in Blocks.Leaves(content))
        {
            var text = Blocks.TextOf(block);
            if (text.Length > 160)
                continue;
            if (PageLine().IsMatch(text) || BoilerplatePatterns.SharePrompt().IsMatch(text) || ImageCredits.FromLine(text) is not null
                || (text.Length <= 80 && BoilerplatePatterns.TeaserLink().IsMatch(text)))
                block.Remove();
        }
    }

    /// <summary>Captions and credits: kept in the HTML, left out of the reading text.</summary>
    public static bool IsCaption(IElement element)
    {
        if (element.LocalName is "figcaption" or "figure")
            return true;
        var names = element.ClassName;
        return names is not null && element.LocalName is not ("article" or "section" or "main" or "body")
            && CaptionName().IsMatch(names);
    }

    [GeneratedRegex(@"^(?:related(?: articles| stories| posts| news| content)?|advertisement|ad|sponsored|see more:.*|see also:?.*|read also:?.*|also read:?.*|don'?t miss:?|most read|more from .{1,40}|recommended(?: for you)?|trending(?: now)?|(?:published|updated|last updated|posted|first published)\s*(?:on|at)?\s*:?\s*[\w ,:.+|/-]{0,80}|\d+ comments?|comments?|leave a (?:comment|reply)|sign up.*newsletter.*|subscribe.*|story continues below.*|continue reading below.*|scroll (?:down )?to continue.*|читайте также:?.*|смотрите также:?.*|реклама|по теме:?|подписывайтесь.*|share this (?:article|story).*|follow us on .*|click here to .*|watch:? .{0,60}|photo gallery|video|(?:tags?|tagged(?: with)?|filed under|categor(?:y|ies)|keywords|теги|метки|рубрики?|тэги)\s*:.{0,150})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageLine();

    [GeneratedRegex(@"(?<![a-z])(?:caption|credits?|wp-caption-text|photo-?desc|image-?desc|img-?desc|media-?desc|photo-?credit|image-?credit)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionName();
}
