using System.Collections.Concurrent;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Counts each view of a batch's scan page in memory (<see cref="BatchScanTally"/>) and hands its record to
/// <see cref="ScanRecorder"/>, so the view that crosses a limit is judged at once while the record is written a
/// moment later, and no view waits for the disk. A batch's tally is read from the scan log the first time it is
/// scanned (after the queued records are written), and read again in the background every
/// <see cref="ResyncAfter"/>, which takes in what changed elsewhere: the retention clean-up, or another server
/// sharing the database.
/// </summary>
/// <remarks>
/// Views counted while a background re-read runs, and queued after it started, are missing from the new tally
/// until the next re-read; they are in the scan log. A batch not scanned for <see cref="ForgetAfter"/> leaves
/// memory.
/// </remarks>
public sealed class ScanTallies(IServiceScopeFactory scopes, ScanRecorder recorder, TimeProvider clock)
{
    public static readonly TimeSpan ResyncAfter = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    /// <summary>
    /// Counts one view and queues its record; the batch's verdict with this view counted. The view is counted even
    /// when the queue is too full to record it: the shopper did scan.
    /// </summary>
    public async ValueTask<ScanSuspicion> RecordAsync(ScanRecord record, int? quantityProduced, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var tally = await TallyAsync(record.BatchId, cancellationToken).ConfigureAwait(false);
        if (record.Serial is { } serial && !tally.KnowsSerial(serial))
        {
            // Every record of this serial written so far went through this tally or was written before it was
            // read, so the scan log holds the serial's networks up to now.
            await using var scope = scopes.CreateAsyncScope();
            var networks = await scope.ServiceProvider.GetRequiredService<ScanLog>()
                .NetworksOfSerialAsync(record.BatchId, serial, ScanSuspicion.DefaultNetworkLimit + 1, cancellationToken)
                .ConfigureAwait(false);
            tally.LearnSerial(serial, networks);
        }

        var suspicion = tally.Add(record.Serial, record.NetworkKey, quantityProduced);
        recorder.Enqueue(record);
        return suspicion;
    }

    /// <summary>The batch's verdict without counting a view (a bot's visit, the report form).</summary>
    public async ValueTask<ScanSuspicion> JudgeAsync(Guid batchId, int? quantityProduced, CancellationToken cancellationToken) =>
        (await TallyAsync(batchId, cancellationToken).ConfigureAwait(false)).Judge(quantityProduced);

    private ValueTask<BatchScanTally> TallyAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(batchId, out var entry))
            {
                entry.LastUsed = now;
                var loading = entry.Tally.Value;
                if (loading.IsCompletedSuccessfully)
                {
                    if (now - entry.ReadAt >= ResyncAfter && entry.TryBeginResync())
                    {
                        _ = ResyncAsync(batchId, entry, now);
                    }

                    return ValueTask.FromResult(loading.Result);
                }

                if (!loading.IsCompleted)
                {
                    return new ValueTask<BatchScanTally>(loading.WaitAsync(cancellationToken));
                }

                // A failed read is not kept: this view reads again.
                _entries.TryRemove(new KeyValuePair<Guid, Entry>(batchId, entry));
                continue;
            }

            var fresh = new Entry(ReadLazily(batchId), now);
            if (_entries.TryAdd(batchId, fresh))
            {
                ForgetIdle(now);
            }
        }
    }

    private async Task ResyncAsync(Guid batchId, Entry stale, DateTimeOffset now)
    {
        var fresh = new Entry(ReadLazily(batchId), now) { LastUsed = stale.LastUsed };
        try
        {
            await fresh.Tally.Value.ConfigureAwait(false);
            _entries.TryUpdate(batchId, fresh, stale);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Keep counting on the old tally; the next view after ResyncAfter tries again.
            stale.EndResync();
        }
    }

    private Lazy<Task<BatchScanTally>> ReadLazily(Guid batchId) => new(() => ReadAsync(batchId));

    /// <summary>Shared by every view waiting for it, so it runs without any one request's cancellation.</summary>
    private async Task<BatchScanTally> ReadAsync(Guid batchId)
    {
        await recorder.FlushAsync().ConfigureAwait(false);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScanLog>().TallyAsync(batchId, CancellationToken.None).ConfigureAwait(false);
    }

    private void ForgetIdle(DateTimeOffset now)
    {
        foreach (var (batchId, entry) in _entries)
        {
            if (now - entry.LastUsed >= ForgetAfter)
            {
                _entries.TryRemove(new KeyValuePair<Guid, Entry>(batchId, entry));
            }
        }
    }

    private sealed class Entry(Lazy<Task<BatchScanTally>> tally, DateTimeOffset readAt)
    {
        private int _resyncing;

        public Lazy<Task<BatchScanTally>> Tally { get; } = tally;

        public DateTimeOffset ReadAt { get; } = readAt;

        private long _lastUsedTicks = readAt.UtcTicks;

        /// <summary>Set by every view without a lock, and only when a second has passed: any recent time will do.</summary>
        public DateTimeOffset LastUsed
        {
            get => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);
            set
            {
                if (value.UtcTicks - Interlocked.Read(ref _lastUsedTicks) > TimeSpan.TicksPerSecond)
                {
                    Interlocked.Exchange(ref _lastUsedTicks, value.UtcTicks);
                }
            }
        }

        public bool TryBeginResync() => Interlocked.CompareExchange(ref _resyncing, 1, 0) == 0;

        public void EndResync() => Volatile.Write(ref _resyncing, 0);
    }
}
