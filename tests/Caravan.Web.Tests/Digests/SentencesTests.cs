namespace Caravan.Web.Digests;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("One. Two. Three.", "One. Two.")]
    [InlineData("Mr. Tokayev spoke on Jan. 5 in Astana. Prices fell! Then rose.", "Mr. Tokayev spoke on Jan. 5 in Astana. Prices fell!")]
    [InlineData("J. Smith said “No.” Later he left. Again.", "J. Smith said “No.” Later he left.")]
    [InlineData("Цены выросли. Об этом сообщил министр. Третье.", "Цены выросли. Об этом сообщил министр.")]
    [InlineData("No full stop at all", "No full stop at all")]
    [InlineData("First paragraph only.\n\nSecond paragraph.", "First paragraph only.")]
    [InlineData("Costs 3.5 percent more. Yes.", "Costs 3.5 percent more. Yes.")]
    [InlineData("Politics\n\nThe commission registered 14 parties. Voting is in May. Third.", "The commission registered 14 parties. Voting is in May.")]
    [InlineData("Prices rose.\n\nA second paragraph that is long enough to be prose here.", "Prices rose.")]
    public void First_TakesTwoSentences(string text, string expected) => Assert.Equal(expected, Sentences.First(text, 2));
}
