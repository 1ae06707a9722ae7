namespace Caravan.Tagging;

/// <summary>Letters of a text counted by script, and the counts of single letters the detector asks about.</summary>
public sealed class LetterCounts
{
    readonly Dictionary<char, int> letters = [];
    public int Total { get; private set; }
    public int Latin { get; private set; }
    public int Cyrillic { get; private set; }
    public int Han { get; private set; }
    public int Kana { get; private set; }
    public int UzbekApostrophes { get; private set; }
    int hangul, arabic, greek, armenian, georgian, hebrew;

    public static LetterCounts Of(string text)
    {
        var l = new LetterCounts();
        var sample = text.Length > 4096 ? text.AsSpan(0, 4096) : text.AsSpan();
        for (var i = 0; i < sample.Length; i++)
        {
            var c = sample[i];
            if (c is 'ʻ' or '‘' or '\'' or '’' && i > 0 && sample[i - 1] is 'o' or 'g' or 'O' or 'G') l.UzbekApostrophes++;
            if (!char.IsLetter(c)) continue;
            l.Total++;
            var lower = char.ToLowerInvariant(c);
            l.letters[lower] = l.letters.GetValueOrDefault(lower) + 1;
            switch (c)
            {
                case < '\u0250': l.Latin++; break;
                case >= '\u0370' and < '\u0400': l.greek++; break;
                case >= '\u0400' and < '\u0530': l.Cyrillic++; break;
                case >= '\u0530' and < '\u0590': l.armenian++; break;
                case >= '\u0590' and < '\u0600': l.hebrew++; break;
                case >= '\u0600' and < '\u0780': l.arabic++; break;
                case >= '\u10A0' and < '\u1100': l.georgian++; break;
                case >= '\u1E00' and < '\u1F00': l.Latin++; break;
                case >= '\u3040' and < '\u3100': l.Kana++; break;
                case >= '\u4E00' and < '\uA000': l.Han++; break;
                case >= '\uAC00' and < '\uD7B0': l.hangul++; break;
            }
        }
        return l;
    }

    public int Count(string set)
    {
        var n = 0;
        foreach (var c in set) n += letters.GetValueOrDefault(c);
        return n;
    }

    public (string Script, double Share) TopScript()
    {
        (string, int)[] scripts = [("Latin", Latin), ("Cyrillic", Cyrillic), ("Han", Han), ("Kana", Kana), ("Hangul", hangul),
            ("Arabic", arabic), ("Greek", greek), ("Armenian", armenian), ("Georgian", georgian), ("Hebrew", hebrew)];
        var top = scripts.MaxBy(s => s.Item2);
        return (top.Item1, (double)top.Item2 / Math.Max(1, Total));
    }
}
