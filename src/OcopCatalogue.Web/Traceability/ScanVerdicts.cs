using System.Collections.Concurrent;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// The latest <see cref="ScanSuspicion"/> of each batch scanned lately. <see cref="ScanRecorder"/> judges a batch
/// again each time it writes scans of it; an entry older than <see cref="MaxAge"/> is judged again from the store,
/// which catches changes made elsewhere (retention, another server).
/// </summary>
public sealed class ScanVerdicts(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (ScanSuspicion Suspicion, DateTimeOffset JudgedAt)> _latest = new();

    public bool TryGet(Guid batchId, out ScanSuspicion suspicion)
    {
        if (_latest.TryGetValue(batchId, out var entry) && clock.GetUtcNow() - entry.JudgedAt < MaxAge)
        {
            suspicion = entry.Suspicion;
            return true;
        }

        suspicion = ScanSuspicion.None;
        return false;
    }

    public void Set(Guid batchId, ScanSuspicion suspicion) => _latest[batchId] = (suspicion, clock.GetUtcNow());

    /// <summary>Drops batches not judged for a while, so batches scanned once long ago do not stay in memory.</summary>
    public void ForgetStale()
    {
        var now = clock.GetUtcNow();
        foreach (var (batchId, entry) in _latest)
        {
            if (now - entry.JudgedAt >= MaxAge)
            {
                _latest.TryRemove(batchId, out _);
            }
        }
    }
}
