namespace Caravan.Tagging;

/// <summary>A country Caravan can file articles under: ISO code, English name (its category slug) and spellings.</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms)
{
    /// <summary>The category slug: the English name in lower case, spaces as hyphens.</summary>
    public string Slug => Name.ToLowerInvariant().Replace(' ', '-');
}

/// <summary>
/// The countries known to the interim tagger: Central Asia, its neighbours and the countries that
/// appear most in its news. Spellings in English, Russian and Kazakh, with common transliterations.
/// The tagging stage's gazetteer supersedes this list.
/// </summary>
public static class Countries
{
    public static readonly IReadOnlyList<Country> All =
    [
        new("KZ", "Kazakhstan", ["Kazakhstan", "Qazaqstan", "Kazakstan", "Казахстан", "Қазақстан", "Astana", "Nur-Sultan", "Almaty", "Астана", "Алматы", "Shymkent", "Шымкент", "Aktau", "Aqtau", "Актау", "Ақтау", "Zhanaozen", "Жанаозен", "Жаңаөзен"], ["Kazakh", "Kazakhstani", "казахстанский", "казахский", "қазақ"]),
        new("KG", "Kyrgyzstan", ["Kyrgyzstan", "Kirgizia", "Kyrgyz Republic", "Кыргызстан", "Киргизия", "Қырғызстан", "Bishkek", "Бишкек", "Osh", "Ош", "Kara-Suu", "Кара-Суу"], ["Kyrgyz", "кыргызский", "киргизский"]),
        new("TJ", "Tajikistan", ["Tajikistan", "Таджикистан", "Тәжікстан", "Dushanbe", "Душанбе", "Khujand", "Худжанд"], ["Tajik", "таджикский"]),
        new("TM", "Turkmenistan", ["Turkmenistan", "Туркменистан", "Түрікменстан", "Ashgabat", "Ashkhabad", "Ашхабад"], ["Turkmen", "туркменский"]),
        new("UZ", "Uzbekistan", ["Uzbekistan", "O'zbekiston", "Узбекистан", "Өзбекстан", "Tashkent", "Toshkent", "Ташкент", "Samarkand", "Самарканд", "Andijan", "Андижан", "Nukus", "Нукус"], ["Uzbek", "узбекский"]),
        new("AF", "Afghanistan", ["Afghanistan", "Афганистан", "Ауғанстан", "Kabul", "Кабул"], ["Afghan", "афганский"]),
        new("CN", "China", ["China", "Китай", "Қытай", "Beijing", "Пекин", "Xinjiang", "Синьцзян", "Шыңжаң", "Urumqi"], ["Chinese", "китайский"]),
        new("RU", "Russia", ["Russia", "Russian Federation", "Россия", "Ресей", "Moscow", "Москва", "Kremlin", "Кремль"], ["Russian", "российский"]),
        new("IR", "Iran", ["Iran", "Иран", "Tehran", "Тегеран"], ["Iranian", "иранский"]),
        new("MN", "Mongolia", ["Mongolia", "Монголия", "Моңғолия", "Ulaanbaatar", "Улан-Батор"], ["Mongolian", "монгольский"]),
        new("AZ", "Azerbaijan", ["Azerbaijan", "Азербайджан", "Әзербайжан", "Baku", "Баку"], ["Azerbaijani", "азербайджанский"]),
        new("PK", "Pakistan", ["Pakistan", "Пакистан", "Islamabad", "Исламабад"], ["Pakistani", "пакистанский"]),
        new("TR", "Turkey", ["Turkey", "Türkiye", "Турция", "Түркия", "Ankara", "Анкара", "Istanbul"], ["Turkish", "турецкий"]),
        new("IN", "India", ["India", "Индия", "New Delhi"], ["Indian", "индийский"]),
        new("US", "United States", ["United States", "USA", "U.S.", "США", "Washington", "Вашингтон"], ["American", "американский"]),
        new("GB", "United Kingdom", ["United Kingdom", "Britain", "U.K.", "Великобритания", "London", "Лондон"], ["British", "британский"]),
        new("DE", "Germany", ["Germany", "Германия", "Berlin", "Берлин"], ["German", "немецкий"]),
        new("FR", "France", ["France", "Франция", "Paris", "Париж"], ["French", "французский"]),
        new("UA", "Ukraine", ["Ukraine", "Украина", "Kyiv", "Киев"], ["Ukrainian", "украинский"]),
        new("BY", "Belarus", ["Belarus", "Беларусь", "Minsk", "Минск"], ["Belarusian"]),
        new("AM", "Armenia", ["Armenia", "Армения", "Yerevan", "Ереван"], ["Armenian", "армянский"]),
        new("GE", "Georgia", ["Tbilisi", "Тбилиси", "Грузия"], ["Georgian", "грузинский"]),
        new("JP", "Japan", ["Japan", "Япония", "Tokyo", "Токио"], ["Japanese", "японский"]),
        new("KR", "South Korea", ["South Korea", "Южная Корея", "Seoul", "Сеул"], ["South Korean"]),
        new("SA", "Saudi Arabia", ["Saudi Arabia", "Саудовская Аравия", "Riyadh"], ["Saudi"]),
        new("AE", "United Arab Emirates", ["United Arab Emirates", "UAE", "ОАЭ", "Dubai", "Abu Dhabi"], ["Emirati"]),
        new("QA", "Qatar", ["Qatar", "Катар", "Doha"], ["Qatari"]),
    ];

    static readonly Dictionary<string, Country> BySlug = All.ToDictionary(c => c.Slug);
    static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code);

    public static Country? FromSlug(string slug) => BySlug.GetValueOrDefault(slug.ToLowerInvariant());

    public static Country? FromCode(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.ToUpperInvariant());

    /// <summary>The five Central Asian republics, in the order pages show them.</summary>
    public static readonly IReadOnlyList<string> CentralAsia = ["KZ", "KG", "TJ", "TM", "UZ"];
}
