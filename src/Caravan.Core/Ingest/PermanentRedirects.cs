using Caravan.Model;

namespace Caravan.Ingest;

/// <summary>
/// A 301/308 replaces a source's stored URL only after it is seen on several polls in a row, so
/// one misconfigured deploy does not move a source for good (RFC 9110 §15.4.2 allows, not obliges).
/// </summary>
public static class PermanentRedirects
{
    /// <summary>The state after a poll that did or did not end in a permanent redirect, and the URL to store once confirmed.</summary>
    public static (SourceFetchState State, Uri? ConfirmedUrl) Observe(SourceFetchState state, Uri? permanentTarget, int requiredSightings)
    {
        if (permanentTarget is null)
            return (state with { PendingRedirect = null, PendingRedirectCount = 0 }, null);
        var target = permanentTarget.AbsoluteUri;
        var count = state.PendingRedirect == target ? state.PendingRedirectCount + 1 : 1;
        return count >= requiredSightings
            ? (state with { PendingRedirect = null, PendingRedirectCount = 0 }, permanentTarget)
            : (state with { PendingRedirect = target, PendingRedirectCount = count }, null);
    }
}
