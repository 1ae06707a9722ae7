namespace Caravan.Tagging;

/// <summary>
/// Finds gazetteer spellings in a text, longest phrase first. Names must be capitalised (all caps
/// for acronyms such as SCO, US); demonyms may be lower case (казахстанский). A spelling shared by
/// several entries (a surname, Japarov) goes to the entry the article names in full elsewhere.
/// </summary>
public static class MentionFinder
{
    static readonly HashSet<string> EthnicMarkers = ["ethnic", "этнический", "этнического", "этнические", "этнических", "этническим", "этнических", "этникалық", "этнический"];

    public static List<Mention> Find(Gazetteer gazetteer, string text, Zone zone)
    {
        var found = new List<(IReadOnlyList<Alias> Aliases, int Start, string Span, bool Ethnic)>();
        if (string.IsNullOrEmpty(text)) return [];
        var tokens = WordTokens.Split(text);
        var keys = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            keys[i] = gazetteer.WordKey(text.Substring(tokens[i].Start, tokens[i].Length), tokens[i].Cyrillic);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (keys[i] is null) continue;
            var matched = 0;
            for (var n = Math.Min(Gazetteer.MaxPhraseWords, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                if (!Contiguous(keys, i, n)) continue;
                var aliases = gazetteer.Phrase(n == 1 ? keys[i]! : string.Join(' ', keys, i, n));
                if (aliases is null) continue;
                var usable = aliases.Where(a => Written(a, tokens[i])).ToList();
                if (usable.Count == 0) continue;
                var end = tokens[i + n - 1].Start + tokens[i + n - 1].Length;
                var ethnic = i > 0 && EthnicMarkers.Contains(text.Substring(tokens[i - 1].Start, tokens[i - 1].Length).ToLowerInvariant());
                found.Add((usable, tokens[i].Start, text[tokens[i].Start..end], ethnic));
                matched = n;
            }
            if (matched > 0) i += matched - 1;
        }
        var named = found.Where(f => f.Aliases.Count == 1 && f.Aliases[0].Kind != AliasKind.Surname).Select(f => f.Aliases[0].Entry.Id).ToHashSet();
        return found.Select(f =>
        {
            var pick = f.Aliases.FirstOrDefault(a => named.Contains(a.Entry.Id)) ?? f.Aliases[0];
            return new Mention(pick.Entry, pick.Kind, zone, f.Start, f.Span) { Ethnic = f.Ethnic };
        }).ToList();
    }

    static bool Contiguous(string?[] keys, int i, int n)
    {
        for (var k = i; k < i + n; k++)
            if (keys[k] is null) return false;
        return true;
    }

    static bool Written(Alias alias, WordToken first) => alias.Kind switch
    {
        AliasKind.Demonym => true,
        _ when alias.Acronym => first.AllCaps,
        _ => first.Capitalized,
    };
}
