using System.Text;
using Caravan.Model;

namespace Caravan.Bench.Storage;

/// <summary>
/// Reproducible synthetic news for the search benchmark: English, Russian and Kazakh pseudo-words with
/// Zipf frequencies (news vocabulary falls off roughly as 1/rank), a name in several spellings in one
/// article of fifty, and country, topic and language tags. Article i is the same on every run.
/// </summary>
sealed class SyntheticNews
{
    public static readonly string[] Countries = ["KZ", "KG", "UZ", "TJ", "TM", "RU", "CN"];
    public static readonly string[] Topics = ["Politics", "Economy", "Energy", "Sport", "Culture", "Security"];
    static readonly string[] Languages = ["en", "ru", "kk"];
    // One person in the spellings outlets really use; search for any of them finds all (SearchSpellings).
    static readonly string[] NameSpellings = ["Tokayev", "Токаев", "Тоқаев", "Tokaev"];

    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    readonly Dictionary<string, string[]> _words;

    public SyntheticNews()
    {
        _words = new()
        {
            ["en"] = Vocabulary(new Random(3), "abcdefghiklmnoprstuvwy", 5000),
            ["ru"] = Vocabulary(new Random(4), "абвгдежзиклмнопрстуфхцчшыэюя", 5000),
            ["kk"] = Vocabulary(new Random(5), "аәбгғдеёжзийкқлмнңоөпрстуұүфхһцчшыіэюя", 5000),
        };
    }

    /// <summary>The language's words, most frequent first.</summary>
    public IReadOnlyList<string> Words(string language) => _words[language];

    /// <summary>Article <paramref name="i"/> with its tags; one source of <paramref name="sources"/>, one article a minute.</summary>
    public (int SourceIndex, Article Article, Tag[] Tags) Article(long i, int sources)
    {
        var rng = new Random((int)(i * 2654435761 % int.MaxValue));
        var language = Languages[(int)(i % Languages.Length)];
        var words = _words[language];
        var title = Sentence(rng, words, 8);
        var body = new StringBuilder();
        for (int s = 0; s < 6; s++) body.Append(s == 0 ? "" : " ").Append(Sentence(rng, words, 15));
        if (rng.Next(50) == 0) body.Append(' ').Append(NameSpellings[rng.Next(NameSpellings.Length)]).Append(" said.");
        var text = body.ToString();
        // Most reports arrive in publication order; one in ten is a late arrival up to two days old.
        var published = Start.AddMinutes(i - (rng.Next(10) == 0 ? rng.Next(2880) : 0));
        var article = new Article
        {
            ItemKey = $"a{i}", Guid = $"a{i}", Url = $"https://bench.example/{i}", Title = title, Text = text,
            PublishedAt = published, Language = language, ContentHash = Caravan.Dedup.ContentHash.Of(title, text),
        };
        var tags = new List<Tag>
        {
            new() { Kind = TagKind.Country, Value = Countries[Zipf(rng, Countries.Length)], Score = 1, Why = "bench" },
            new() { Kind = TagKind.Topic, Value = Topics[rng.Next(Topics.Length)], Score = 0.5, Why = "bench" },
            new() { Kind = TagKind.Language, Value = language, Score = 1, Why = "bench" },
        };
        return ((int)(i % sources), article, tags.DistinctBy(t => (t.Kind, t.Value)).ToArray());
    }

    static string Sentence(Random rng, string[] words, int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(i == 0 ? "" : " ").Append(words[Zipf(rng, words.Length)]);
        return sb.Append('.').ToString();
    }

    /// <summary>A rank in [0, n) drawn with probability falling off as 1/rank.</summary>
    public static int Zipf(Random rng, int n) => Math.Min(n - 1, (int)Math.Exp(rng.NextDouble() * Math.Log(n + 1)) - 1);

    static string[] Vocabulary(Random rng, string letters, int n) =>
        Enumerable.Range(0, n * 2).Select(_ => new string(Enumerable.Range(0, rng.Next(3, 10)).Select(_ => letters[rng.Next(letters.Length)]).ToArray()))
            .Distinct().Take(n).ToArray();
}
