namespace Caravan.Dedup;

public class TransliteratorTests
{
    [Theory]
    [InlineData("Жапаров", "Japarov")]
    [InlineData("Токаев", "Tokayev")]
    [InlineData("Хоргос", "Khorgos")]
    [InlineData("Есенов", "Yesenov")]
    [InlineData("Касым", "Kassym")]
    [InlineData("Жанаозен", "Zhanaozen")]
    [InlineData("Камбаратинская", "Kambaratinskaya")]
    [InlineData("Тоқаев", "Tokayev")]
    [InlineData("щука", "shchuka")]
    public void Fold_CyrillicAndLatinSpellings_AreEqual(string cyrillic, string latin) =>
        Assert.Equal(Transliterator.Fold(latin), Transliterator.Fold(cyrillic));

    [Fact]
    public void Fold_DifferentWords_StayDifferent()
    {
        Assert.NotEqual(Transliterator.Fold("court"), Transliterator.Fold("count"));
        Assert.NotEqual(Transliterator.Fold("Almaty"), Transliterator.Fold("Dushanbe"));
    }

    [Fact]
    public void Fold_Diacritics_AreDropped() => Assert.Equal(Transliterator.Fold("Turkmenbasy"), Transliterator.Fold("Türkmenbaşy"));
}
