using System.Xml;

namespace Caravan.Bench.Parsing;

/// <summary>The ceiling: a bare XmlReader pass over the bytes that touches every name and value, building nothing.</summary>
internal static class XmlReaderBaseline
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public static long Read(byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        long checksum = 0;
        while (reader.Read())
        {
            checksum += reader.LocalName.Length;
            if (reader.HasValue)
                checksum += reader.Value.Length;
        }
        return checksum;
    }
}
