using Caravan.Storage;

namespace Caravan.Bench.Storage;

/// <summary>
/// The queries a desk really types, in equal shares: a rare word, a very common word, two words, a
/// phrase of common words, a name in another script (widened to its spellings), a common word with
/// country/topic/language/date filters, and a word sorted newest first. Fixed seed: every provider gets the same list.
/// </summary>
static class SearchQueryMix
{
    public static readonly string[] Kinds = ["rare", "common", "two words", "phrase", "name", "filtered", "newest first"];

    public static List<(string Kind, SearchQuery Query)> Build(SyntheticNews news, int perKind, long articles)
    {
        var rng = new Random(7);
        string Word(int from, int to) => news.Words(rng.Next(2) == 0 ? "en" : "ru")[rng.Next(from, to)];
        // Date filters reach back 7 to 60 days from the newest article.
        var end = SyntheticNews.Start.AddMinutes(articles);
        var list = new List<(string, SearchQuery)>();
        for (int i = 0; i < perKind; i++)
        {
            list.Add(("rare", new SearchQuery { Text = Word(2000, 5000) }));
            list.Add(("common", new SearchQuery { Text = Word(0, 5) }));
            list.Add(("two words", new SearchQuery { Text = $"{Word(20, 500)} {Word(20, 500)}" }));
            var en = news.Words("en");
            list.Add(("phrase", new SearchQuery { Text = $"\"{en[rng.Next(3)]} {en[rng.Next(3)]}\"" }));
            list.Add(("name", new SearchQuery { Text = new[] { "Tokayev", "Токаев", "Toqaev" }[rng.Next(3)] }));
            list.Add(("filtered", new SearchQuery
            {
                Text = Word(0, 50),
                Country = SyntheticNews.Countries[rng.Next(3)],
                Topic = rng.Next(2) == 0 ? SyntheticNews.Topics[rng.Next(SyntheticNews.Topics.Length)] : null,
                Language = rng.Next(2) == 0 ? "ru" : null,
                Since = rng.Next(2) == 0 ? end.AddDays(-rng.Next(7, 60)) : null,
            }));
            list.Add(("newest first", new SearchQuery { Text = Word(0, 200), Order = SearchOrder.Newest }));
        }
        return list;
    }
}
