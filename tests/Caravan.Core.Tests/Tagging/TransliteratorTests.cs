namespace Caravan.Tagging;

public class TransliteratorTests
{
    [Theory]
    [InlineData("Токаев", CyrillicScheme.Russian, "Tokayev")]
    [InlineData("Жапаров", CyrillicScheme.Russian, "Zhaparov")]
    [InlineData("Ереван", CyrillicScheme.Russian, "Yerevan")]
    [InlineData("Щучинск", CyrillicScheme.Russian, "Shchuchinsk")]
    [InlineData("Қазақстан", CyrillicScheme.Kazakh, "Qazaqstan")]
    [InlineData("Тоқаев", CyrillicScheme.Kazakh, "Toqaev")]
    [InlineData("Өскемен", CyrillicScheme.Kazakh, "Öskemen")]
    [InlineData("Ўзбекистон", CyrillicScheme.Uzbek, "Oʻzbekiston")]
    [InlineData("Фарғона", CyrillicScheme.Uzbek, "Fargʻona")]
    [InlineData("Хоразм", CyrillicScheme.Uzbek, "Xorazm")]
    [InlineData("Кыргызстан", CyrillicScheme.Kyrgyz, "Kyrgyzstan")]
    [InlineData("Өзгөн", CyrillicScheme.Kyrgyz, "Özgön")]
    [InlineData("Тоҷикистон", CyrillicScheme.Tajik, "Tojikiston")]
    [InlineData("Хуҷанд", CyrillicScheme.Tajik, "Khujand")]
    public void ToLatin_FollowsTheSchemeOfEachLanguage(string cyrillic, CyrillicScheme scheme, string latin) =>
        Assert.Equal(latin, Transliterator.ToLatin(cyrillic, scheme));

    [Fact]
    public void ToLatin_KeepsAllCapsWordsInCapitals() =>
        Assert.Equal("ZHANAOZEN, 10 noyabrya", Transliterator.ToLatin("ЖАНАОЗЕН, 10 ноября", CyrillicScheme.Russian));

    [Fact]
    public void ToLatin_LeavesLatinTextAlone() =>
        Assert.Equal("Astana 2026", Transliterator.ToLatin("Astana 2026", CyrillicScheme.Kazakh));
}
