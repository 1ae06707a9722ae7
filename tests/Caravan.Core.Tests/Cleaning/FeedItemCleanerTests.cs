namespace Caravan.Cleaning;

// Each test mirrors a pattern seen in the seed feeds (Radio Free, PopularResistance, The Guardian, Times of Central Asia).
public class FeedItemCleanerTests
{
    static readonly Uri Base = new("https://www.rferl.org/a/kazakhstan-court/31250000.html");

    [Fact]
    public void Clean_OriginallyPublishedLine_BecomesOutletAndLeavesBody()
    {
        var item = FeedItemCleaner.Clean(
            """<p>The court then scrapped the move, leaving Abishev in prison.</p><p>This post was originally published on <a href="https://www.radiofree.org/2021/05/12/court-rejects/">Radio Free</a>.</p>""",
            "Court rejects early release", Base);

        Assert.Equal("Radio Free", item.OriginalOutlet);
        Assert.Equal(new Uri("https://www.radiofree.org/2021/05/12/court-rejects/"), item.OriginalUrl);
        Assert.Equal("The court then scrapped the move, leaving Abishev in prison.", item.Text);
        Assert.DoesNotContain("originally published", item.Html);
        Assert.Contains(item.RemovedBoilerplate, r => r.Kind == BoilerplateKind.Attribution);
    }

    [Fact]
    public void Clean_AppearedFirstAndOriginallyPublished_BothRemoved_TitleLinkIsOriginalUrl()
    {
        var item = FeedItemCleaner.Clean(
            """
            <p>The CSTO is a six-member military alliance made up of six former Soviet states.</p>
            <p>The post <a href="https://popularresistance.org/russian-led-bloc/">Russian-Led Security Bloc Sending Peacekeepers To Kazakhstan</a> appeared first on <a href="https://popularresistance.org">PopularResistance.Org</a>.</p>
            <p>This post was originally published on PopularResistance.Org.</p>
            """, "Russian-Led Security Bloc Sending Peacekeepers To Kazakhstan", null);

        Assert.Equal("PopularResistance.Org", item.OriginalOutlet);
        Assert.Equal(new Uri("https://popularresistance.org/russian-led-bloc/"), item.OriginalUrl);
        Assert.Equal("The CSTO is a six-member military alliance made up of six former Soviet states.", item.Text);
        Assert.Equal(2, item.RemovedBoilerplate.Count(r => r.Kind == BoilerplateKind.Attribution));
    }

    [Fact]
    public void Clean_ContinueReading_MarksTeaser()
    {
        var item = FeedItemCleaner.Clean(
            """<p>A roundup of the coverage of the struggle for human rights and freedoms, from Mexico to Hong Kong</p><p><a href="https://www.theguardian.com/world/2022/jan/07/x">Continue reading…</a></p><p>This post was originally published on Human rights | The Guardian.</p>""",
            null, null);

        Assert.True(item.IsTeaser);
        Assert.Equal("Human rights | The Guardian", item.OriginalOutlet);
        Assert.Equal("A roundup of the coverage of the struggle for human rights and freedoms, from Mexico to Hong Kong", item.Text);
    }

    [Theory]
    [InlineData("<p>Парламент одобрил поправки в бюджет.</p><p><a href=\"/news/1\">Читать далее</a></p>")]
    [InlineData("<p>Мәжіліс бюджетке түзетулерді мақұлдады.</p><p><a href=\"/news/1\">Толығырақ</a></p>")]
    [InlineData("<p>The ministry counted 1,502 hydraulic structures. <a href=\"/a/1\">Read more</a></p>")]
    [InlineData("<p>Kazakhstan Paramount Engineering has completed trials conducted by the Ministry of Defence of Kazakhstan, […]</p>")]
    public void Clean_TeaserEndings_MarkTeaser(string html)
    {
        var item = FeedItemCleaner.Clean(html, null, Base);

        Assert.True(item.IsTeaser);
        Assert.DoesNotContain("Читать далее", item.Text);
        Assert.DoesNotContain("Read more", item.Text);
        Assert.DoesNotContain("[…]", item.Text);
        Assert.False(item.IsEmpty);
    }

    [Fact]
    public void Clean_ReadMoreFollowedByText_IsNotTeaser()
    {
        var item = FeedItemCleaner.Clean(
            "<p>First paragraph of a full article.</p><p><a href=\"/x\">Read more: floods in Aktobe</a></p><p>The article goes on with more text after the related link.</p>",
            null, Base);

        Assert.False(item.IsTeaser);
        Assert.DoesNotContain("Read more", item.Text);
    }

    [Fact]
    public void Clean_OnlyAttribution_IsEmptyButKeepsOutlet()
    {
        var item = FeedItemCleaner.Clean("<p>This post was originally published on Radio Free.</p>", "Kazakhstan extends visa suspension", null);

        Assert.True(item.IsEmpty);
        Assert.Equal("", item.Text);
        Assert.Equal("Radio Free", item.OriginalOutlet);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p>&nbsp;</p><div> </div><br>")]
    [InlineData("<script>alert(1)</script>")]
    public void Clean_NoBody_IsEmpty(string? html)
    {
        var item = FeedItemCleaner.Clean(html, "Title", null);

        Assert.True(item.IsEmpty);
        Assert.Equal("", item.Html.Trim());
    }

    [Fact]
    public void Clean_CaptionPrintedTwice_KeptOnce()
    {
        var item = FeedItemCleaner.Clean(
            """
            <p>A sizable number of the servers were owned by companies affiliated with XBT Holding S.A.</p>
            <figure><img src="/img/gubarev.jpg" alt=""><figcaption>Russian tech entrepreneur Aleksei Gubarev arrives at the High Court in London in July 2020.</figcaption></figure>
            <p>Russian tech entrepreneur Aleksei Gubarev arrives at the High Court in London in July 2020.</p>
            <p>That holding includes a group of web-hosting businesses also known as Webzilla.</p>
            """, null, Base);

        Assert.Equal(1, CountOf(item.Text, "Aleksei Gubarev arrives"));
        Assert.Contains(item.RemovedBoilerplate, r => r.Kind == BoilerplateKind.RepeatedParagraph);
        Assert.Equal(new Uri("https://www.rferl.org/img/gubarev.jpg"), item.ImageUrl);
    }

    [Fact]
    public void Clean_PullQuoteRepeatingAParagraph_KeptOnce()
    {
        var item = FeedItemCleaner.Clean(
            """
            <p>“Differentiating between what is ‘cybercrime’ and what is nation-state activity, such as espionage, is getting increasingly difficult, especially concerning Russia,” Mathew Schwartz, executive editor of DataBreachToday, told RFE/RL.</p>
            <p>According to U.S. court records, the Methbot scam first took form in September 2014.</p>
            <blockquote><p>Differentiating between what is ‘cybercrime’ and what is nation-state activity, such as espionage, is getting increasingly difficult, especially concerning Russia.”</p></blockquote>
            <p>Methbot, White Ops concluded, “was the largest and most profitable advertising fraud operation.”</p>
            """, null, null);

        Assert.Equal(1, CountOf(item.Text, "Differentiating between"));
        Assert.Contains("Mathew Schwartz", item.Text);
        Assert.DoesNotContain("blockquote", item.Html);
    }

    [Theory]
    [InlineData("Image: president.kg", "president.kg")]
    [InlineData("@iStock", "iStock")]
    [InlineData("@hronikatm.com", "hronikatm.com")]
    [InlineData("Photo: Reuters", "Reuters")]
    [InlineData("Фото: ТАСС", "ТАСС")]
    [InlineData("Image TCA, Aleksandr Potolitsyn", "TCA, Aleksandr Potolitsyn")]
    public void Clean_CreditLine_BecomesImageCredit(string line, string credit)
    {
        var item = FeedItemCleaner.Clean(
            $"<p><img src=\"https://timesca.com/wp-content/uploads/cameron.jpg\"></p><p>{line}</p><p>Britain’s foreign secretary is in Central Asia this week.</p>",
            "Britain’s Cameron to Central Asia: Work with Us", null);

        Assert.Equal(credit, item.ImageCredit);
        Assert.Equal("Britain’s foreign secretary is in Central Asia this week.", item.Text);
        Assert.Equal(new Uri("https://timesca.com/wp-content/uploads/cameron.jpg"), item.ImageUrl);
    }

    [Fact]
    public void Clean_CaptionEndingInCredit_KeepsCaptionAndReadsCredit()
    {
        var item = FeedItemCleaner.Clean(
            """<figure><img src="https://asiapacificreport.nz/tokayev.png"><figcaption>President Kassym-Jomart Tokayev … claimed huge crowds of protesters were “a band of terrorists” without offering evidence. Image: Wikidata</figcaption></figure><p>Local demonstrators also captured the Almaty airport.</p>""",
            null, null);

        Assert.Equal("Wikidata", item.ImageCredit);
        Assert.Contains("without offering evidence", item.Text);
    }

    [Theory]
    [InlineData("QAPSHAGHAI, Kazakhstan — A court in Kazakhstan has again rejected a request.", "QAPSHAGHAI, Kazakhstan")]
    [InlineData("NUR-SULTAN — The fact that it hasn’t completed its clinical trials hasn’t stopped thousands.", "NUR-SULTAN")]
    [InlineData("ALMATY (Reuters) - Kazakhstan's central bank raised its base rate.", "ALMATY (Reuters)")]
    [InlineData("АЛМАТЫ. 10 ноября — Нацбанк повысил базовую ставку.", "АЛМАТЫ. 10 ноября")]
    public void Clean_Dateline_Recognised(string paragraph, string dateline)
    {
        var item = FeedItemCleaner.Clean($"<p>{paragraph}</p><p>Second paragraph.</p>", null, null);

        Assert.Equal(dateline, item.Dateline);
        Assert.StartsWith(paragraph[..10], item.Text);
    }

    [Fact]
    public void Clean_OrdinaryOpening_HasNoDateline()
    {
        var item = FeedItemCleaner.Clean("<p>When hostilities broke out along the Kyrgyz-Tajik border — many countries called for calm.</p>", null, null);

        Assert.Null(item.Dateline);
    }

    [Theory]
    [InlineData("<p>Share this:</p><ul><li><a href=\"https://twitter.com/share\">Twitter</a></li><li><a href=\"https://facebook.com/sharer\">Facebook</a></li></ul>")]
    [InlineData("<p>Поделиться:</p><ul><li>ВКонтакте</li><li>Telegram</li></ul>")]
    [InlineData("<div>Like this:</div><div>Like Loading...</div>")]
    public void Clean_SharePrompts_Removed(string shareBlock)
    {
        var item = FeedItemCleaner.Clean($"<p>The storm claimed dozens of lives.</p>{shareBlock}", null, null);

        Assert.Equal("The storm claimed dozens of lives.", item.Text);
        Assert.Contains(item.RemovedBoilerplate, r => r.Kind == BoilerplateKind.SharePrompt);
    }

    [Fact]
    public void Clean_RussianSourceLine_BecomesOutlet()
    {
        var item = FeedItemCleaner.Clean(
            "<p>Депутаты обсудили законопроект о НКО.</p><p>Источник: <a href=\"https://kaktus.media/doc/1.html\">Kaktus.media</a></p>", null, null);

        Assert.Equal("Kaktus.media", item.OriginalOutlet);
        Assert.Equal(new Uri("https://kaktus.media/doc/1.html"), item.OriginalUrl);
        Assert.Equal("Депутаты обсудили законопроект о НКО.", item.Text);
    }

    [Fact]
    public void Clean_MaterialFirstPublished_BecomesOutlet()
    {
        var item = FeedItemCleaner.Clean("<p>Текст статьи.</p><p>Материал впервые опубликован на сайте Vlast.kz</p>", null, null);

        Assert.Equal("Vlast.kz", item.OriginalOutlet);
    }

    [Fact]
    public void Clean_TitleRepeatedAsFirstHeading_Removed()
    {
        var item = FeedItemCleaner.Clean(
            "<h2>Turkmen Dissidents Mark Anniversary of Deadly Storm</h2><p>On April 27 activists will hold a protest in Warsaw.</p>",
            "Turkmen Dissidents Mark Anniversary of Deadly Storm", null);

        Assert.Equal("On April 27 activists will hold a protest in Warsaw.", item.Text);
    }

    [Fact]
    public void Clean_LooseTextAndBreaks_BecomeParagraphs()
    {
        var item = FeedItemCleaner.Clean("Plain text body without paragraphs.<p>Then a paragraph.</p>Continue reading…", null, null);

        Assert.Equal("Plain text body without paragraphs.\n\nThen a paragraph.", item.Text);
        Assert.True(item.IsTeaser);
    }

    [Fact]
    public void Clean_RelativeLinksAndLazyImages_Resolved()
    {
        var item = FeedItemCleaner.Clean(
            """<p>Body <a href="/a/other.html">link</a></p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lead.jpg">""",
            null, Base);

        Assert.Contains("href=\"https://www.rferl.org/a/other.html\"", item.Html);
        Assert.Equal(new Uri("https://www.rferl.org/img/lead.jpg"), item.ImageUrl);
    }

    static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
