using System.Collections.Concurrent;

namespace OcopCatalogue.Web.Operations;

/// <summary>
/// What this node still waits for before it should be sent requests, each part named by whoever waits for it (the
/// search index being built, the node catching up with other nodes' changes, the node draining on a stop). The
/// readiness check answers 503 while any part is waiting.
/// </summary>
public sealed class SiteReadiness
{
    private readonly ConcurrentDictionary<string, string> _waiting = new(StringComparer.Ordinal);

    /// <summary>Marks <paramref name="part"/> as not ready, saying why.</summary>
    public void Wait(string part, string reason) => _waiting[part] = reason;

    public void Ready(string part) => _waiting.TryRemove(part, out _);

    /// <summary>The parts still waiting, with their reasons, in a stable order.</summary>
    public IReadOnlyList<(string Part, string Reason)> Waiting =>
        [.. _waiting.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => (w.Key, w.Value))];
}
