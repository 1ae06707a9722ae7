using Caravan.Cleaning;

namespace Caravan.Tagging;

/// <summary>
/// Tags one article: language, countries (primary first), places, people, organisations and
/// topics, each with a score and the spans that justify it. Pure and thread-safe.
/// </summary>
public static class ArticleTagger
{
    public static TagResult Tag(TagInput input) => Tag(input, Gazetteer.Default, TopicModel.Default);

    /// <summary>Tags with a given gazetteer and topic model (null: the rules alone).</summary>
    public static TagResult Tag(TagInput input, Gazetteer gazetteer, TopicModel? topicModel)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text ?? "";
        var (lead, body) = SplitLead(text);
        var dateline = input.Dateline ?? Datelines.FromFirstParagraph(lead) ?? CapitalsOpening(lead);
        if (dateline is not null && lead.TrimStart().StartsWith(dateline, StringComparison.Ordinal))
            lead = lead.TrimStart()[dateline.Length..];
        var mentions = new List<Mention>();
        if (dateline is not null) mentions.AddRange(MentionFinder.Find(gazetteer, dateline, Zone.Dateline));
        if (input.Title is not null) mentions.AddRange(MentionFinder.Find(gazetteer, input.Title, Zone.Title));
        mentions.AddRange(MentionFinder.Find(gazetteer, lead, Zone.Lead));
        mentions.AddRange(MentionFinder.Find(gazetteer, body, Zone.Body));
        var language = LanguageDetector.Detect((input.Title + "\n" + text).Trim(), input.LanguageHint);
        return new TagResult
        {
            Language = language.Code,
            LanguageWhy = language.Why,
            Countries = CountryScorer.Score(mentions, input.CountryHint),
            Places = EntityTags.From(mentions, e => e.IsPlace),
            People = EntityTags.From(mentions, e => e.Kind == EntryKind.Person),
            Organisations = EntityTags.From(mentions, e => e.Kind == EntryKind.Organisation),
            Topics = TopicTagger.Tag(input.Title, text, language.Code, input.UseTopicModel ? topicModel : null, input.Categories),
        };
    }

    static (string Lead, string Body) SplitLead(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOf("\n\n", StringComparison.Ordinal);
        if (end < 0) end = trimmed.IndexOf('\n');
        return end < 0 ? (trimmed, "") : (trimmed[..end], trimmed[end..]);
    }

    // "ОШ, 14 ноября —": a dateline too short for the cleaning stage's pattern; the capitals before the comma.
    static string? CapitalsOpening(string lead)
    {
        var s = lead.TrimStart();
        var comma = s.IndexOfAny([',', '.']);
        if (comma is < 2 or > 40) return null;
        var head = s[..comma];
        var dash = s.IndexOfAny(['—', '–'], comma);
        return dash is > 0 and < 80 && head.Any(char.IsLetter) && head.Where(char.IsLetter).All(char.IsUpper) ? head : null;
    }
}
