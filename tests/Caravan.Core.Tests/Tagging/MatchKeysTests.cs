namespace Caravan.Tagging;

public class MatchKeysTests
{
    [Theory]
    [InlineData("Tokayev", "Tokaev", "Toqaev", "Токаев", "Тоқаев")]
    [InlineData("Kyrgyzstan", "Кыргызстан", "KYRGYZSTAN", "Kyrgyzstan", "Kyrgyzstan")]
    [InlineData("Zhaparov", "Japarov", "Dzhaparov", "Жапаров", "Zhaparov")]
    [InlineData("Aktau", "Aqtau", "Актау", "Ақтау", "AKTAU")]
    [InlineData("Massimov", "Masimov", "Масимов", "Massimov", "Masimov")]
    public void Of_FoldsTheRegionsSpellingsToOneKey(string a, string b, string c, string d, string e)
    {
        var key = MatchKeys.Of(a);
        Assert.All(new[] { b, c, d, e }, s => Assert.Equal(key, MatchKeys.Of(s)));
    }

    [Fact]
    public void Of_KeepsDifferentNamesApart() => Assert.NotEqual(MatchKeys.Of("Osh"), MatchKeys.Of("Ash"));
}
