using System.Buffers;

namespace Caravan.Fetching;

/// <summary>Reads a response body into memory, stopping as soon as it passes the size limit.</summary>
internal static class LimitedBodyReader
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (counted after decompression).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        var declared = content.Headers.ContentLength;
        // Without Content-Encoding the declared length is the real one: refuse before reading a byte.
        if (declared > maxBytes && content.Headers.ContentEncoding.Count == 0) return null;
        var initial = (int)Math.Min(declared ?? 64 * 1024, Math.Min(maxBytes, 1024 * 1024));
        using var buffer = new MemoryStream(initial);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
