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

    private sealed record Verdict(ScanSuspicion Suspicion, DateTimeOffset JudgedAt, long Scans);

    private readonly ConcurrentDictionary<Guid, Verdict> _latest = new();

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

    public void Set(Guid batchId, ScanSuspicion suspicion, long scans = 0) => _latest[batchId] = new(suspicion, clock.GetUtcNow(), scans);

    /// <summary>
    /// Whether <paramref name="added"/> more scans could change the batch's verdict, judging from the last one.
    /// When they cannot (no serial among them, and the count stays within the quantity produced, or is already
    /// over it) the count is carried forward instead: judging counts every scan of the batch in the store, which
    /// grows with the batch's popularity.
    /// </summary>
    public bool MayChange(Guid batchId, int? quantityProduced, int added, bool anySerial)
    {
        if (anySerial || !_latest.TryGetValue(batchId, out var entry) || clock.GetUtcNow() - entry.JudgedAt >= MaxAge)
        {
            return true;
        }

        var scans = entry.Scans + added;
        if (entry.Suspicion.ScansExceedQuantity || quantityProduced is not { } quantity || scans <= quantity)
        {
            _latest[batchId] = entry with { Scans = scans };
            return false;
        }

        return true;
    }

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
