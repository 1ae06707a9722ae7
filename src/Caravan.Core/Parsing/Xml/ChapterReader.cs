using System.Globalization;

namespace Caravan.Parsing.Xml;

/// <summary>One psc:chapter (Podlove Simple Chapters 1.x): start is a Normal Play Time, "hh:mm:ss.mmm", "mm:ss" or seconds.</summary>
internal static class ChapterReader
{
    public static Chapter? Read(FeedNode chapter) =>
        Start(chapter.Attribute("start")) is { } start
            ? new Chapter(start, FeedDraft.Blank(chapter.Attribute("title")), ExtensionReader.Url(chapter.Attribute("href"), chapter), ExtensionReader.Url(chapter.Attribute("image"), chapter))
            : null;

    private static TimeSpan? Start(string? text)
    {
        var parts = text?.Trim().Split(':');
        if (parts is null || parts.Length > 3)
            return null;
        double seconds = 0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
                return null;
            seconds = seconds * 60 + value;
        }
        return TimeSpan.FromSeconds(seconds);
    }
}
