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
        var leaves = Blocks.Leaves(content);
        var texts = leaves.ConvertAll(Blocks.TextOf);
        var total = texts.Sum(t => t.Length);
        var before = 0;
        for (var i = 0; i < leaves.Count; i++)
        {
            var block = leaves[i];
            var text = texts[i];
            before += text.Length;
            if (text.Length <= 80 && RelatedHeading().IsMatch(text)
                && (before - text.Length > total / 2 || (i + 1 < leaves.Count && InOtherArticle(leaves[i + 1], ClosestArticle(block)))))
            {
                // "You may also like", "Lesen Sie auch" in the article's second half, or anywhere when other articles
                // follow it: the blocks that follow are the teasers it announces; a long paragraph of the heading's own
                // article means the article resumes (an inline box mid-text).
                var headingArticle = ClosestArticle(block);
                block.Remove();
                for (; i + 1 < leaves.Count && IsAnnouncedTeaser(leaves[i + 1], texts[i + 1], headingArticle); i++)
                    leaves[i + 1].Remove();
                continue;
            }
            if (InvitationLines.IsMatch(text))
            {
                block.Remove();
                continue;
            }
            if (text.Length > 160)
                continue;
            if (PageLine().IsMatch(text) || BoilerplatePatterns.SharePrompt().IsMatch(text) || ImageCredits.FromLine(text) is not null
                || LinkTrails.IsMatch(block, text)
                || (text.Length <= 80 && BoilerplatePatterns.TeaserLink().IsMatch(text)))
                block.Remove();
        }
    }

    /// <summary>A block after a "related" heading is one of the teasers it announces when it is short, is an excerpt cut
    /// off with an ellipsis, or sits in an <c>article</c> element of its own (WordPress themes list related posts as
    /// nested articles); a long paragraph of the heading's own article means the article resumes.</summary>
    static bool IsAnnouncedTeaser(IElement leaf, string text, IElement? headingArticle)
    {
        if (text.Length <= MaxTeaserChars || text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith("[…]", StringComparison.Ordinal))
            return true;
        return InOtherArticle(leaf, headingArticle);
    }

    /// <summary>Whether the block sits in an <c>article</c> element that is neither the heading's own nor one holding it.</summary>
    static bool InOtherArticle(IElement leaf, IElement? headingArticle)
    {
        var article = ClosestArticle(leaf);
        return article is not null && article != headingArticle && (headingArticle is null || !article.Contains(headingArticle));
    }

    static IElement? ClosestArticle(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.LocalName == "article")
                return e;
        return null;
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

    [GeneratedRegex(@"^(?:related(?: articles| stories| posts| news| content)?|advertisement|ad|sponsored|see more:.*|see also:?.*|read also:?.*|also read:?.*|don'?t miss:?|most read|more from .{1,40}|recommended(?: for you)?|trending(?: now)?|(?:published|updated|last updated|posted|first published)\s*(?:on|at)?\s*:?\s*[\w ,:.+|/-]{0,80}|\d+ comments?|comments?|leave a (?:comment|reply)|(?:no|bisher keine|keine|noch keine|aucun|sin) (?:comments?|kommentare?|commentaires?|comentarios)(?: yet)?\.?|kommentare? schreiben|kommentieren|(?:you must|sie müssen) (?:be logged in|sich (?:einloggen|anmelden)).{0,120}|sie sind (?:aktuell )?nicht eingeloggt\.?|.{0,60} sein,? um (?:einen )?kommentare? zu schreiben!?|bewerten:?|\(?noch keine bewertungen\)?|sign up.*newsletter.*|subscribe.*|story continues below.*|continue reading below.*|scroll (?:down )?to continue.*|читайте также:?.*|смотрите также:?.*|реклама|по теме:?|подписывайтесь.*|share this (?:article|story).*|follow us on .*|click here to .*|watch:? .{0,60}|photo gallery|video|(?:tags?|tagged(?: with)?|filed under|categor(?:y|ies)|keywords|теги|метки|рубрики?|тэги)\s*:.{0,150})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageLine();

    const int MaxTeaserChars = 200;

    /// <summary>Headings announcing other articles (trafilatura's "related" phrases, in the languages of its evaluation set).</summary>
    [GeneratedRegex(@"^(?:(?:you )?(?:may|might) also (?:like|enjoy|be interested in)|related(?: articles| stories| posts| news| content| reading)?|read (?:also|more|next)|more (?:stories|articles|news) (?:from|on|about) .{1,40}|more on this (?:topic|story)|recommended(?: for you| articles| reading| stories)?|further reading|most (?:read|popular|viewed)|latest (?:news|articles|posts|stories)|what to read next|(?:das |dies )?könnte (?:sie|dich) (?:auch )?interessieren|lesen sie (?:auch|mehr|weiter)(?: .{1,40})?|lies auch|auch (?:lesen|interessant)|weitere (?:themen|artikel|beiträge|nachrichten|news)(?: .{1,40})?|ähnliche (?:themen|artikel|beiträge|nachrichten|news)|mehr (?:zum thema|themen|artikel|news)(?: .{1,40})?|empfohlene (?:beiträge|artikel)|neueste (?:artikel|beiträge|nachrichten)|aktuellste beiträge|top[- ]themen(?: der redaktion)?|schon gelesen|meistgelesen(?:e artikel)?|zum weiterlesen|(?:à )?lire aussi|sur le même sujet|(?:les )?articles les plus lus|les plus lus|vous aimerez aussi|(?:también )?(?:le|te) puede interesar|lee también|lea también|noticias relacionadas|leggi anche|potrebbe interessarti|czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|você (?:também )?(?:pode|poderá) gostar(?: de)?|(?:veja|leia|confira) (?:também|mais)|(?:posts|artigos|notícias|matérias|conteúdos?) relacionad[oa]s|relacionad[oa]s|mais lid[oa]s|вам (?:также )?(?:может (?:быть интересно|понравиться))|похожие (?:статьи|новости|материалы|записи)|другие (?:новости|статьи|материалы)|читайте (?:также|ещё|еще)|рекомендуем|популярное)\s*[:!?.…]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"(?<![a-z])(?:caption|credits?|wp-caption-text|photo-?desc|image-?desc|img-?desc|media-?desc|photo-?credit|image-?credit)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionName();
}
