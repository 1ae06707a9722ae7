namespace Caravan.Extraction;

// The site's invitation lines under an article, and sentences of the story that only resemble them (InvitationLines.cs).
public class InvitationLinesTests
{
    [Theory]
    [InlineData("This entry was posted in Allgemein. Bookmark the permalink.")]
    [InlineData("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.")]
    [InlineData("If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!")]
    [InlineData("Stay up-to-date on our work.")]
    [InlineData("Do you want to be informed of our actions? Sign up here")]
    [InlineData("Pour lire la suite")]
    [InlineData("Zapraszamy też do subskrypcji tygodnika.")]
    [InlineData("Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus")]
    [InlineData("This post contains references to products from one or more of our advertisers.")]
    [InlineData("Keine Neuigkeiten aus der Medien-Branche mehr verpassen: Abonnieren Sie kostenlos den Newsletter.")]
    [InlineData("Crédits photos : Bestimage")]
    [InlineData("Weiterführende Informationen")]
    [InlineData("LE PUEDE INTERESAR: La ficha del expresidente en el tribunal de Nueva York")]
    [InlineData("PUEDES VER: ¿Qué es la Sunedu?")]
    [InlineData("Kategorie: News")]
    [InlineData("Advertising disclosure: We may receive compensation for some of the links in our stories.")]
    [InlineData("This article is the copyrighted property of Breaking Belize News.")]
    [InlineData("To view the full story, please subscribe to The Haitian Times.")]
    [InlineData("For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.")]
    [InlineData("Submit your letter to the editor via this form.")]
    [InlineData("*Werbung. Dieser Beitrag enthält Werbung für eine Bademodenmarke.")]
    [InlineData("Bei den Verlinkungen handelt es sich um Affiliate-Links.")]
    [InlineData("Das Thema könnte dich auch interessieren: Wellness im Winter")]
    [InlineData("We want to hear what you think about this article.")]
    [InlineData("Hier können Sie den Artikel bewerten")]
    [InlineData("Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.")]
    public void IsMatch_SiteInvitation_True(string line) => Assert.True(InvitationLines.IsMatch(line));

    [Theory]
    [InlineData("The minister said the entry was posted on the ministry's site on Monday.")]
    [InlineData("Readers who enjoyed the first book will find the second one darker.")]
    [InlineData("Le puede interesar a usted saber que la ciudad fue destruida en 1220, dijo el guía, mientras nos mostraba las murallas de la ciudadela, los restos de la mezquita y las monedas que se acuñaron allí antes del asedio mongol, que duró cinco meses y terminó con la muerte del gobernador y de casi todos los habitantes.")]
    [InlineData("Die Stadt will die Bürger über den Newsletter der Verwaltung informieren, sagte der Sprecher.")]
    [InlineData("Pour lire la suite de l'histoire, il faut remonter à 1218, quand le gouverneur d'Otrar fit tuer une caravane mongole.")]
    public void IsMatch_StorySentence_False(string line) => Assert.False(InvitationLines.IsMatch(line));

    [Fact]
    public void IsMatch_LongParagraph_False() =>
        Assert.False(InvitationLines.IsMatch("This entry was posted in " + string.Join(", ", Enumerable.Repeat("Kazakhstan", 50))));
}
