namespace Caravan.Tagging;

/// <summary>
/// Maps the categories sources attach to items (RSS &lt;category&gt;, JSON Feed tags; English,
/// Russian, Kazakh) onto Caravan's topic taxonomy; categories that name no topic (a city, "Society") map to nothing.
/// </summary>
public static class CategoryMap
{
    static readonly Dictionary<string, string[]> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["politics"] = ["politics"], ["политика"] = ["politics"], ["саясат"] = ["politics"], ["government"] = ["politics"],
        ["elections"] = ["elections"], ["election"] = ["elections"], ["выборы"] = ["elections"], ["сайлау"] = ["elections"],
        ["human rights"] = ["human rights"], ["права человека"] = ["human rights"], ["адам құқықтары"] = ["human rights"],
        ["право"] = ["courts and justice"], ["courts"] = ["courts and justice"], ["justice"] = ["courts and justice"], ["суд"] = ["courts and justice"],
        ["crime"] = ["courts and justice"], ["криминал"] = ["courts and justice"], ["құқық"] = ["courts and justice"],
        ["security"] = ["security and military"], ["military"] = ["security and military"], ["defence"] = ["security and military"],
        ["безопасность"] = ["security and military"], ["армия"] = ["security and military"], ["қауіпсіздік"] = ["security and military"],
        ["conflict"] = ["conflict"], ["конфликт"] = ["conflict"], ["war"] = ["conflict"],
        ["economy"] = ["economy"], ["экономика"] = ["economy"], ["business"] = ["economy"], ["бизнес"] = ["economy"], ["trade"] = ["economy"],
        ["торговля"] = ["economy"], ["финансы"] = ["economy"], ["цены"] = ["economy"], ["сауда"] = ["economy"], ["finance"] = ["economy"],
        ["transport"] = ["economy"], ["транспорт"] = ["economy"], ["railways"] = ["economy"], ["agriculture"] = ["economy"],
        ["сельское хозяйство"] = ["economy"], ["ауыл шаруашылығы"] = ["economy"], ["туризм"] = ["economy"], ["tourism"] = ["economy"],
        ["инфраструктура"] = ["economy"], ["жкх"] = ["economy"],
        ["energy"] = ["energy and resources"], ["энергетика"] = ["energy and resources"], ["oil"] = ["energy and resources"],
        ["нефть"] = ["energy and resources"], ["gas"] = ["energy and resources"], ["water"] = ["energy and resources"],
        ["водные ресурсы"] = ["energy and resources"], ["mining"] = ["energy and resources"], ["энергетика және ресурстар"] = ["energy and resources"],
        ["health"] = ["health"], ["здоровье"] = ["health"], ["медицина"] = ["health"], ["денсаулық"] = ["health"],
        ["environment"] = ["environment and disasters"], ["climate"] = ["environment and disasters"], ["экология"] = ["environment and disasters"],
        ["earthquake"] = ["environment and disasters"], ["землетрясение"] = ["environment and disasters"], ["происшествия"] = ["environment and disasters"],
        ["disasters"] = ["environment and disasters"], ["weather"] = ["environment and disasters"],
        ["religion"] = ["religion"], ["религия"] = ["religion"], ["дін"] = ["religion"],
        ["media freedom"] = ["media freedom"], ["media"] = ["media freedom"], ["сми"] = ["media freedom"], ["бақ"] = ["media freedom"],
        ["migration"] = ["migration"], ["миграция"] = ["migration"], ["көші-қон"] = ["migration"],
        ["diplomacy"] = ["diplomacy"], ["дипломатия"] = ["diplomacy"], ["foreign policy"] = ["diplomacy"], ["внешняя политика"] = ["diplomacy"],
        ["technology"] = ["technology and cyber"], ["tech"] = ["technology and cyber"], ["технологии"] = ["technology and cyber"],
        ["цифрландыру"] = ["technology and cyber"], ["наука"] = ["technology and cyber"], ["science"] = ["technology and cyber"],
        ["space"] = ["space"], ["космос"] = ["space"], ["ғарыш"] = ["space"],
        ["culture"] = ["culture"], ["культура"] = ["culture"], ["мәдениет"] = ["culture"], ["музыка"] = ["culture"], ["спорт"] = ["culture"],
        ["sport"] = ["culture"], ["хоккей"] = ["culture"], ["образование"] = ["culture"], ["білім"] = ["culture"], ["тіл"] = ["culture"],
        ["education"] = ["culture"],
    };

    /// <summary>The taxonomy topics a source's categories name (none for places and catch-alls).</summary>
    public static IReadOnlyList<string> Topics(IEnumerable<string> categories) =>
        categories.SelectMany(c => Map.GetValueOrDefault(c.Trim()) ?? []).Distinct().ToList();
}
