using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Opml;

/// <summary>What an OPML import did: feeds listed, sources new to the store, outlines skipped and why.</summary>
public sealed record OpmlImportResult(int Outlines, int Added, IReadOnlyList<string> Problems)
{
    public int AlreadyPresent => Outlines - Added;
}

/// <summary>Adds every feed of an OPML file as a source (`caravan opml import` and the desk's upload both call this).</summary>
public static class OpmlImporter
{
    /// <exception cref="InvalidDataException">The file is not OPML.</exception>
    public static async Task<OpmlImportResult> ImportAsync(Stream opml, ICaravanStore store, CancellationToken ct)
    {
        var (outlines, problems) = OpmlDocument.Parse(opml);
        var added = 0;
        foreach (var o in outlines)
        {
            var result = await store.AddSourceAsync(new Source
            {
                Name = o.Title, FeedUrl = o.FeedUrl, SiteUrl = o.SiteUrl, Kind = o.Kind,
                CountryHint = o.Country?.ToUpperInvariant(), LanguageHint = o.Language,
            }, ct);
            if (result.IsNew) added++;
        }
        return new OpmlImportResult(outlines.Count, added, problems);
    }
}
