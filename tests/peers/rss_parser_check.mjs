// Parses one feed from stdin with npm rss-parser and prints what it understood as one JSON line.
// Used by tests/Caravan.Web.Tests/Feeds/RssParser.cs as a second opinion beside Python's feedparser.
import Parser from "rss-parser";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const text = Buffer.concat(chunks).toString("utf8");
try {
  const feed = await new Parser().parseString(text);
  console.log(JSON.stringify({
    error: "",
    title: feed.title ?? "",
    titles: feed.items.map((i) => i.title ?? ""),
    links: feed.items.map((i) => i.link ?? ""),
    authors: feed.items.map((i) => i.creator ?? i.author ?? ""),
  }));
} catch (e) {
  console.log(JSON.stringify({ error: String(e), title: "", titles: [], links: [], authors: [] }));
}
