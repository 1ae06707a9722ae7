using Caravan.TestSupport;

namespace Caravan.Tagging;

public class LanguageDetectorTests
{
    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(TestData.Path("Tagging", "languages"), "*.txt").Select(System.IO.Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Detect_TwentyTextsPerLanguage_AllRight(string file)
    {
        var expected = file.Split('.')[0];
        var texts = File.ReadAllLines(TestData.Path("Tagging", "languages", file)).Where(l => l.Length >= 100).ToList();
        Assert.True(texts.Count >= 20, $"{file}: {texts.Count} texts");
        var wrong = texts.Select(t => (Text: t, Got: LanguageDetector.Detect(t))).Where(x => x.Got.Code != expected).ToList();
        Assert.True(wrong.Count == 0, $"{file}: {wrong.Count} wrong, e.g. {wrong.FirstOrDefault().Got} for {wrong.FirstOrDefault().Text?[..60]}");
    }

    [Theory]
    [InlineData("Президент Казахстана Касым-Жомарт Токаев провёл встречу с представителями бизнеса в Астане и обсудил тарифы.", "ru")]
    [InlineData("Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада кәсіпкерлермен кездесіп, тарифтер мәселесін талқылады.", "kk")]
    [InlineData("Кыргызстандын Президенти Садыр Жапаров Ош шаарында жергиликтүү тургундар менен жолугушту, көпүрөнү ачты.", "ky")]
    [InlineData("Oʻzbekiston Prezidenti Shavkat Mirziyoyev Toshkentda xorijiy investorlar bilan uchrashdi va yangi loyihalarni muhokama qildi.", "uz")]
    [InlineData("Президенти Тоҷикистон Эмомалӣ Раҳмон дар шаҳри Душанбе бо сармоягузорон мулоқот кард ва лоиҳаҳои навро муҳокима намуд.", "tg")]
    [InlineData("Türkmenistanyň Prezidenti Serdar Berdimuhamedow Aşgabatda daşary ýurtly maýadarlar bilen duşuşyk geçirdi.", "tk")]
    [InlineData("哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了来自中国的企业代表，双方讨论了能源合作问题。", "zh")]
    public void Detect_NewsSentencesOfTheRegion(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text).Code);

    [Fact]
    public void Detect_ShortText_FallsBackToTheHint() =>
        Assert.Equal(("ky", "source language (text too short)"), (LanguageDetector.Detect("Ош, 5", "ky").Code, LanguageDetector.Detect("Ош, 5", "ky").Why));

    [Fact]
    public void Detect_RussianTextNamingKazakhPlaces_StaysRussian() =>
        Assert.Equal("ru", LanguageDetector.Detect("В Нұр-Сұлтане и Маңғыстау прошли встречи с жителями, которые пожаловались на рост цен на газ и отсутствие работы в регионе.").Code);
}
