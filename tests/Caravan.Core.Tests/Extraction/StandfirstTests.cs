namespace Caravan.Extraction;

// The lead printed above the article body, outside the body's container (Standfirst.cs). The bodies are longer than the
// extractor's 500-character retry threshold, so the first, strictest pass is the one tested.
public class StandfirstTests
{
    const string Body = """
        <div class="body">
        <p>The first paragraph of the story tells what happened in the town, who was there and what they said about it afterwards.</p>
        <p>The second paragraph adds the background: the plan was first discussed three years ago and was finally approved this spring.</p>
        <p>The third paragraph quotes an official, who said that the work would start in the summer and take about two years to finish.</p>
        <p>The fourth paragraph describes the old crossing, a ferry that stops running every winter when ice forms on the river.</p>
        <p>The fifth paragraph lists the cost, which the regional budget and a development bank loan will share between them.</p>
        </div>
        """;

    static string Page(string header, string description = "") => $"""
        <html><head><title>Town approves new bridge</title>{description}</head><body>
        <article><header><h1>Town approves new bridge</h1>{header}</header>
        <div class="wrap">{Body}</div></article>
        <footer><a href="/">Home</a></footer></body></html>
        """;

    [Fact]
    public void Extract_LeadWithLeadClassAboveBody_OpensTheText()
    {
        var html = Page("""<div class="article-lead">After years of delay the council has voted for a new bridge over the river.</div>""");

        var text = ArticleExtractor.Extract(html, new Uri("https://news.example/bridge")).Text;

        Assert.StartsWith("After years of delay the council has voted for a new bridge over the river.\n\nThe first paragraph", text);
    }

    [Fact]
    public void Extract_HeaderBlockRepeatingTheDescription_IsTheLead()
    {
        const string lead = "After years of delay the council has voted for a new bridge over the river.";
        var html = Page($"""<div class="x1">{lead}</div>""", $"""<meta name="description" content="{lead}">""");

        var text = ArticleExtractor.Extract(html, new Uri("https://news.example/bridge")).Text;

        Assert.StartsWith(lead + "\n\nThe first paragraph", text);
    }

    [Fact]
    public void Extract_ParagraphInArticleHeader_IsTheLead()
    {
        var html = Page("""<p>After years of delay the council has voted for a new bridge over the river, the first in the town since 1962.</p>""");

        var text = ArticleExtractor.Extract(html, new Uri("https://news.example/bridge")).Text;

        Assert.StartsWith("After years of delay the council has voted", text);
    }

    [Fact]
    public void Extract_HeaderWithOnlyLinksAndByline_AddsNothing()
    {
        var html = Page("""<div class="intro-links"><a href="/a">Council</a> <a href="/b">Bridges</a> <a href="/c">Transport news from the whole region</a></div><div class="byline">By Aigerim Sadykova, city reporter</div>""");

        var text = ArticleExtractor.Extract(html, new Uri("https://news.example/bridge")).Text;

        Assert.StartsWith("The first paragraph", text);
    }
}
