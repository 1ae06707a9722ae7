using Caravan.Fetching;
using Caravan.Ingest;

namespace Caravan.Web.Desk;

/// <summary>
/// The ingest parts the desk and the write API use: discovery for a site URL, and the refresher behind
/// "refresh now" (the same <see cref="FeedRefresher"/> the scheduler runs). Absent in a web-only process:
/// those actions then answer 503.
/// </summary>
public sealed record DeskIngest(FeedDiscovery Discovery, FeedRefresher Refresher);
