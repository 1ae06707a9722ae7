using System.Globalization;

namespace Caravan.Parsing.Conformance;

/// <summary>The pieces of <see cref="FeedparserView"/>: text details, people, tags, links, dates and iTunes keys in feedparser's shape.</summary>
internal static class ViewParts
{
    /// <summary>key and key_detail from a detail; without one, from the plain value as text/html.</summary>
    public static void AddText(Dictionary<string, object?> view, string key, TextDetail? detail, string? fallback, string? language)
    {
        detail ??= fallback is null ? null : new TextDetail(fallback, "text/html", null, null);
        if (detail is null) return;
        view[key] = detail.Value;
        view[key + "_detail"] = Detail(detail, language);
    }

    /// <summary>An explicit xml:lang="" means no language; no xml:lang at all falls back to the feed's language, as feedparser's inherited lang does.</summary>
    public static Dictionary<string, object?> Detail(TextDetail detail, string? language) => new()
    {
        ["value"] = detail.Value, ["type"] = detail.Type,
        ["language"] = detail.Language is null ? language : detail.Language.Length == 0 ? null : detail.Language,
        ["base"] = detail.Base ?? "",
    };

    public static Dictionary<string, object?> Link(FeedLink link) =>
        Compact(("rel", link.Rel), ("type", link.Type), ("href", link.Href), ("title", link.Title), ("hreflang", link.HrefLang), ("length", link.Length));

    /// <summary>feedparser lists the RSS &lt;link&gt; (and a permalink guid) as an alternate link.</summary>
    public static void EnsureAlternate(List<Dictionary<string, object?>> links, string? href)
    {
        if (href is not null && !links.Exists(l => (string?)l["href"] == href))
            links.Insert(0, Link(new FeedLink("alternate", href, "text/html", null, null, null)));
    }

    public static Dictionary<string, object?> Image(FeedImage image)
    {
        var view = Compact(("href", image.Href), ("title", image.Title), ("link", image.Link), ("description", image.Description));
        if (image.Width is { } width) view["width"] = (long)width;
        if (image.Height is { } height) view["height"] = (long)height;
        return view;
    }

    public static Dictionary<string, object?> Person(Person person) => Compact(("name", person.Name), ("email", person.Email), ("href", person.Href));

    /// <summary>feedparser's author string: "name (email)" when both are known.</summary>
    public static string? PersonText(Person person) =>
        person.Name is not null && person.Email is not null ? $"{person.Name} ({person.Email})" : person.Name ?? person.Email;

    public static void AddPeople(Dictionary<string, object?> view, IReadOnlyList<Person> details, IReadOnlyList<string> names)
    {
        var people = details.Count > 0 ? details : names.Select(n => new Person(n, null, null)).ToList();
        if (people.Count == 0) return;
        view["author"] = PersonText(people[0]);
        view["author_detail"] = Person(people[0]);
        view["authors"] = people.Select(p => (object?)Person(p)).ToList();
    }

    public static void AddPublisherAndContributors(Dictionary<string, object?> view, Person? publisher, IReadOnlyList<Person> contributors)
    {
        if (publisher is not null)
        {
            view["publisher"] = PersonText(publisher);
            view["publisher_detail"] = Person(publisher);
        }
        if (contributors.Count > 0) view["contributors"] = contributors.Select(c => (object?)Person(c)).ToList();
    }

    public static void AddTags(Dictionary<string, object?> view, IReadOnlyList<Category> tags)
    {
        if (tags.Count > 0)
            view["tags"] = tags.Select(t => (object?)new Dictionary<string, object?> { ["term"] = t.Term, ["scheme"] = t.Scheme, ["label"] = t.Label }).ToList();
    }

    public static void AddItunes(Dictionary<string, object?> view, ItunesInfo? itunes)
    {
        if (itunes is null) return;
        view["itunes_block"] = itunes.Block ? 1L : 0L;
        view["itunes_explicit"] = itunes.Explicit;
        if (itunes.Duration is not null) view["itunes_duration"] = itunes.Duration;
        if (itunes.Subtitle is not null) { view.TryAdd("subtitle", itunes.Subtitle); view.TryAdd("subtitle_detail", Detail(new TextDetail(itunes.Subtitle, "text/plain", null, null), null)); }
    }

    /// <summary>feedparser's GeoJSON-like "where": (lon, lat[, alt]) tuples; a Polygon is a list of rings; {} when unusable.</summary>
    public static Dictionary<string, object?> Where(GeoShape shape)
    {
        if (shape.Positions.Count == 0) return [];
        var tuples = shape.Positions.Select(p => (object?)(p.Altitude is { } alt ? new object?[] { p.Longitude, p.Latitude, alt } : new object?[] { p.Longitude, p.Latitude })).ToList();
        object? coordinates = shape.Kind switch { "Point" => tuples[0], "Polygon" => new List<object?> { tuples }, _ => tuples };
        return new Dictionary<string, object?> { ["type"] = shape.Kind, ["coordinates"] = coordinates };
    }

    public static Dictionary<string, object?> Compact(params (string Key, object? Value)[] pairs)
    {
        var view = new Dictionary<string, object?>();
        foreach (var (key, value) in pairs)
            if (value is not null)
                view[key] = value;
        return view;
    }

    public static void AddDate(Dictionary<string, object?> view, string key, DateTimeOffset? time, string? raw)
    {
        if (raw is not null) view[key] = raw;
        if (time is not { } t) return;
        var u = t.UtcDateTime;
        // time.struct_time: (year, month, day, hour, minute, second, weekday Monday=0, day of year, isdst=0)
        view[key + "_parsed"] = new object?[] { (long)u.Year, (long)u.Month, (long)u.Day, (long)u.Hour, (long)u.Minute, (long)u.Second, (long)(((int)u.DayOfWeek + 6) % 7), (long)u.DayOfYear, 0L };
    }
}
