using System.Text.RegularExpressions;

namespace Caravan.Cleaning;

/// <summary>The lines aggregators and syndicators add to feed items, in the languages Caravan's outlets write.</summary>
internal static partial class BoilerplatePatterns
{
    /// <summary>"This post was originally published on Radio Free." (the Radio Free / WordPress syndication plugins).</summary>
    [GeneratedRegex(@"^(?:This (?:post|article|story|piece) (?:was |is )?(?:originally|first) (?:published|posted|appeared) (?:on|in|at|by)|Originally published (?:on|in|at|by)|First published (?:on|in|at|by)|Republished from)\s+(?<outlet>.+?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OriginallyPublished();

    /// <summary>"The post T appeared first on X." (WordPress SEO plugins' RSS footer).</summary>
    [GeneratedRegex(@"^The post (?<title>.+) appeared first on (?<outlet>.+?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AppearedFirst();

    /// <summary>Russian and Kazakh equivalents: "Источник: X", "Материал впервые опубликован на X", "Дереккөз: X".</summary>
    [GeneratedRegex(@"^(?:(?:Источник|Первоисточник|Дереккөз|Манба|Булак|Source)\s*[:：—–-]\s*|Материал (?:был )?(?:впервые |первоначально )?опубликован(?: на сайте| на| в)?\s*[:：]?\s*|Впервые опубликовано (?:на сайте |на |в )?|Оригинал (?:статьи |материала )?(?:опубликован )?(?:на сайте |на |в )?)(?<outlet>.+?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SourceLine();

    /// <summary>A link or line that only invites the reader to the full page ("Continue reading…", "Read more »", "Читать далее").</summary>
    [GeneratedRegex(@"^[\[(«]?\s*(?:Continue reading|Keep reading|Read more|Read the (?:full|rest of the|whole) (?:story|article|post)|Read full (?:story|article)|Read on|Full story|More\s*»|Читать далее|Читать полностью|Читать дальше|Подробнее|Далее|Толығырақ|Толық оқу|Әрі қарай|Батафсил|Толугу менен|Толук окуу|Davomini o'qing|Batafsil)\b.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TeaserLink();

    /// <summary>WordPress excerpts end with "[…]" or "[...]" (the_excerpt's "more" string).</summary>
    [GeneratedRegex(@"\s*\[(?:…|\.\.\.|&hellip;|&#8230;)\]\s*$")]
    public static partial Regex ExcerptEllipsis();

    /// <summary>Share prompts and the lists of networks that follow them.</summary>
    [GeneratedRegex(@"^(?:Share this(?: (?:post|article|story))?:?|Share:?|Share on .{1,20}|Click to share on .{1,40}|Tweet|Like this:?|Like Loading\.\.\.|Поделиться:?|Поделиться в .{1,20}|Поделитесь (?:новостью|материалом|публикацией):?|Бөлісу:?|Ulashish:?|Бөлүшүү:?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SharePrompt();

    [GeneratedRegex(@"^(?:Facebook|Twitter|X|Telegram|WhatsApp|VK|VKontakte|ВКонтакте|Одноклассники|OK|Email|E-mail|Print|LinkedIn|Reddit|Pinterest|Tumblr|Pocket|Mastodon|Threads|Viber|Copy link|Скопировать ссылку|Печать)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ShareNetwork();
}
