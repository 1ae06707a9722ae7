using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caravan.Web.Demo;

/// <summary>One outlet of the sample archive, as listed in samples/outlets.json.</summary>
public sealed record SampleOutlet(string Slug, string Name, string Feed, string Kind, string? Country, string? Language);

/// <summary>A file of the archive as served: bytes with {{origin}} filled in, its type and edition.</summary>
public sealed record SampleFile(byte[] Raw, string ContentType, int Edition)
{
    static readonly byte[] Placeholder = "{{origin}}"u8.ToArray();

    /// <summary>Replaces {{origin}} on the raw bytes: ASCII, so safe in UTF-8 and windows-1251 alike.</summary>
    public byte[] Render(string baseUrl)
    {
        var replacement = Encoding.ASCII.GetBytes(baseUrl);
        var output = new List<byte>(Raw.Length + 256);
        var span = Raw.AsSpan();
        int i;
        while ((i = span.IndexOf(Placeholder)) >= 0)
        {
            output.AddRange(span[..i]);
            output.AddRange(replacement);
            span = span[(i + Placeholder.Length)..];
        }
        output.AddRange(span);
        return output.ToArray();
    }
}

/// <summary>The sample archive on disk: outlets.json plus a folder per outlet.</summary>
public sealed class SampleArchive
{
    readonly string _root;

    SampleArchive(string root, IReadOnlyList<SampleOutlet> outlets)
    {
        _root = root;
        Outlets = outlets;
    }

    public IReadOnlyList<SampleOutlet> Outlets { get; }

    public static SampleArchive Load(string root)
    {
        var index = Path.Combine(root, "outlets.json");
        if (!File.Exists(index)) throw new FileNotFoundException($"The sample archive has no outlets.json at {index}.");
        using var s = File.OpenRead(index);
        var doc = JsonSerializer.Deserialize<OutletList>(s, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("outlets.json is empty.");
        return new SampleArchive(Path.GetFullPath(root), doc.Outlets);
    }

    /// <summary>Fixed times so conditional requests and the ingest are the same on every run.</summary>
    public static DateTimeOffset LastModified(int edition) =>
        new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero).AddDays(edition - 1);

    /// <summary>The file for a URL path, honouring the edition; null when there is none.</summary>
    public SampleFile? Resolve(string urlPath, int edition)
    {
        if (urlPath == "/robots.txt")
            return new SampleFile("User-agent: *\nAllow: /\n"u8.ToArray(), "text/plain; charset=utf-8", 1);
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        // Never serve outside the archive, nor its tools.
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        var top = relative.Split('/')[0];
        if (Outlets.All(o => o.Slug != top)) return null;
        var fileEdition = 1;
        if (edition >= 2 && Path.GetFileName(full).StartsWith("feed.", StringComparison.Ordinal))
        {
            var later = Path.Combine(Path.GetDirectoryName(full)!, "feed.2" + Path.GetExtension(full));
            if (File.Exists(later)) (full, fileEdition) = (later, 2);
        }
        if (!File.Exists(full) && File.Exists(full + ".html")) full += ".html";
        if (!File.Exists(full)) return null;
        return new SampleFile(File.ReadAllBytes(full), ContentType(full, Outlets.First(o => o.Slug == top)), fileEdition);
    }

    static string ContentType(string path, SampleOutlet outlet) => Path.GetExtension(path) switch
    {
        // No charset on XML feeds: RFC 7303 lets the XML declaration speak (one outlet is windows-1251).
        ".xml" => outlet.Kind == "atom" ? "application/atom+xml" : "application/rss+xml",
        ".json" => "application/feed+json; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    sealed record OutletList([property: JsonPropertyName("outlets")] IReadOnlyList<SampleOutlet> Outlets);
}
