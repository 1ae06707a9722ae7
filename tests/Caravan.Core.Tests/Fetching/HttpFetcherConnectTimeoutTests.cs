using System.Net;
using System.Net.Sockets;

namespace Caravan.Fetching;

/// <summary>A listener whose accept queue is full, so a new connection's SYN goes unanswered.</summary>
public sealed class HttpFetcherConnectTimeoutTests
{
    [Fact]
    public async Task Fetch_ServerThatNeverAcceptsTheConnection_TimesOutConnecting()
    {
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        // Fill the accept queue (never accepted); Linux then drops further SYNs instead of refusing them.
        var fillers = new List<Socket>();
        for (var i = 0; i < 3; i++)
        {
            var filler = new Socket(SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
            try { filler.Connect(IPAddress.Loopback, port); } catch (SocketException) { }
            fillers.Add(filler);
        }
        await Task.Delay(50);
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { ConnectTimeoutSeconds = 0.5, TimeoutSeconds = 5 }, TimeProvider.System);

        try
        {
            var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://127.0.0.1:{port}/feed")), CancellationToken.None);

            Assert.Contains("could not connect", Assert.IsType<FetchResult.TimedOut>(result).Reason);
            Assert.InRange(result.Duration, TimeSpan.FromSeconds(0.4), TimeSpan.FromSeconds(2));
        }
        finally
        {
            foreach (var filler in fillers) filler.Dispose();
        }
    }
}
