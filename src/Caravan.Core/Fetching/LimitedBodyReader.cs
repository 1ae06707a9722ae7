namespace Caravan.Fetching;

/// <summary>Reads a response body into memory, stopping as soon as it passes the size limit.</summary>
internal static class LimitedBodyReader
{
    // Under the 85,000-byte large-object threshold: chunks of an abandoned body die young in gen 0
    // instead of piling up on the large-object heap, which a growing MemoryStream would do.
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (counted after decompression).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        var declared = content.Headers.ContentLength;
        // Without Content-Encoding the declared length is the real one: refuse before reading a byte.
        if (declared > maxBytes && content.Headers.ContentEncoding.Count == 0) return null;
        var chunks = new List<byte[]>();
        long total = 0;
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        while (true)
        {
            var chunk = new byte[ChunkBytes];
            var filled = 0;
            int read;
            while (filled < chunk.Length && (read = await stream.ReadAsync(chunk.AsMemory(filled), ct).ConfigureAwait(false)) > 0)
            {
                filled += read;
                if (total + filled > maxBytes) return null;
            }
            total += filled;
            if (filled < chunk.Length)
            {
                chunks.Add(chunk[..filled]);
                break;
            }
            chunks.Add(chunk);
        }
        if (chunks.Count == 1) return chunks[0];
        var body = new byte[total];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(body, offset);
            offset += chunk.Length;
        }
        return body;
    }
}
