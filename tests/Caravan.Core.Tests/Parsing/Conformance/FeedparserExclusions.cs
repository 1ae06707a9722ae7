namespace Caravan.Parsing.Conformance;

/// <summary>
/// feedparser cases that test a feedparser-only behaviour Caravan deliberately does not copy, by name, each with
/// its reason. Everything not listed here counts in the pass rate.
/// </summary>
internal static class FeedparserExclusions
{
    private const string Rfc3023Default =
        "expects RFC 3023's us-ascii default for text/* without charset; RFC 7303 §3.2 and §9.2 superseded it and Caravan reads the XML declaration (else UTF-8)";
    private const string HttpClient = "tests feedparser's HTTP client (ETag, Last-Modified, response headers): Caravan's Fetching stage owns those, the parser never sees them";
    private const string Reserialization = "feedparser re-serializes HTML bodies (<br/> becomes <br />, &#X61; becomes &#x61;, a bare & becomes &amp;, attributes are re-quoted); Caravan returns the feed's HTML as written";
    private const string Chardet = "needs chardet's statistical guess of an East Asian encoding; Caravan's guesser covers Cyrillic and Western single-byte pages";

    /// <summary>Whole folders: wellformed/sanitize tests feedparser's HTML sanitizer; Caravan sanitizes in Cleaning/, not while parsing.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>
    {
        ["wellformed/sanitize"] = "HTML sanitizing is the Cleaning stage's job; the parser returns HTML as the feed wrote it",
    };

    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>
    {
        ["encoding/http_text_atom_xml_encoding.xml"] = Rfc3023Default,
        ["encoding/http_text_rss_xml_default.xml"] = Rfc3023Default,
        ["encoding/http_text_rss_xml_encoding.xml"] = Rfc3023Default,
        ["encoding/http_text_xml_bogus_charset.xml"] = Rfc3023Default,
        ["encoding/http_text_xml_bogus_param.xml"] = Rfc3023Default,
        ["encoding/http_text_xml_epe_default.xml"] = Rfc3023Default,
        ["encoding/http_text_xml_qs.xml"] = Rfc3023Default,
        ["encoding/bozo_http_i18n.xml"] = Rfc3023Default + " (and it checks a Python exception class)",
        ["illformed/http_high_bit_date.xml"] = Rfc3023Default,
        ["illformed/chardet/euckr.xml"] = Chardet,
        ["wellformed/rss/item_description_br.xml"] = Reserialization,
        ["wellformed/rss/item_description_br_shorttag.xml"] = Reserialization,
        ["wellformed/sgml/charref_uppercase_x.xml"] = Reserialization,
        ["wellformed/atom10/qna.xml"] = Reserialization,
        ["wellformed/atom10/missing_quote_in_attr.xml"] = Reserialization,
        ["wellformed/atom10/tag_in_attr.xml"] = Reserialization,
        ["wellformed/namespace/atomsvg.xml"] = Reserialization,
        ["wellformed/namespace/atomsvgtitle.xml"] = Reserialization,
        ["wellformed/namespace/rss2.0svg.xml"] = Reserialization,
        ["wellformed/namespace/rss2.0svg5.xml"] = Reserialization,
        ["wellformed/namespace/rss2.0svgtitle.xml"] = Reserialization,
        ["wellformed/namespace/rss2.0xlink.xml"] = Reserialization,
        ["wellformed/http/headers_etag.xml"] = HttpClient,
        ["wellformed/http/headers_foo.xml"] = HttpClient,
        ["wellformed/http/headers_last_modified-blank.xml"] = HttpClient,
        ["wellformed/http/headers_last_modified-modified.xml"] = HttpClient,
        ["wellformed/http/headers_last_modified-modified_parsed.xml"] = HttpClient,
        ["wellformed/http/headers_last_modified-not-present.xml"] = HttpClient,
        ["wellformed/http/headers_no_etag.xml"] = HttpClient,
        ["illformed/chardet/gb2312.xml"] = Chardet,
    };
}
