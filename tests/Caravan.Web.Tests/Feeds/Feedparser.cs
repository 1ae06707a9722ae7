using System.Diagnostics;
using System.Text.Json;

namespace Caravan.Web.Feeds;

/// <summary>Python's feedparser (Debian python3-feedparser) as an independent judge of our RSS and Atom; a spec check for JSON Feed.</summary>
static class Feedparser
{
    // Debian's feedparser 6.0.10 has no JSON Feed parser, so JSON bodies are checked against the
    // JSON Feed 1.1 required fields (version, title, items with an id and content) instead.
    const string Script = """
        import feedparser, json, sys
        body = sys.stdin.buffer.read()
        if "json" in sys.argv[1]:
            f = json.loads(body)
            items = f.get("items", [])
            missing = [k for k in ("version", "title", "items") if k not in f] + \
                [f"item {i}" for i, e in enumerate(items) if not e.get("id") or not (e.get("content_html") or e.get("content_text"))]
            ok = f.get("version") == "https://jsonfeed.org/version/1.1" and not missing
            print(json.dumps({"bozo": 0 if ok else 1, "error": "missing: " + ", ".join(missing), "version": "json11" if ok else "",
                "title": f.get("title", ""), "links": [e.get("url", "") for e in items], "titles": [e.get("title", "") for e in items],
                "authors": [(e.get("authors") or [{}])[0].get("name", "") for e in items]}))
            sys.exit(0)
        d = feedparser.parse(body)
        print(json.dumps({
            "bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
            "title": d.feed.get("title", ""),
            "links": [e.get("link", "") for e in d.entries],
            "titles": [e.get("title", "") for e in d.entries],
            "authors": [e.get("author", "") for e in d.entries],
        }))
        """;

    public sealed record Result(int Bozo, string Error, string Version, string Title, string[] Links, string[] Titles, string[] Authors);

    public static async Task<Result> ParseAsync(byte[] body, string contentType = "application/xml")
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script, contentType])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var p = Process.Start(start)!;
        await p.StandardInput.BaseStream.WriteAsync(body);
        p.StandardInput.Close();
        var stdout = await p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, "feedparser failed: " + stderr);
        return JsonSerializer.Deserialize<Result>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
