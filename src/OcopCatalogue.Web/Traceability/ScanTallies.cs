using System.Collections.Concurrent;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Counts each view of a batch's scan page in memory (<see cref="BatchScanTally"/>) and hands its record to
/// <see cref="ScanRecorder"/>, so the view that crosses a limit is judged at once while the record is written a
/// moment later, and no view waits for the disk. The tallies judge the whole cluster's views: a batch's tally is
/// read from the scan log the first time it is scanned here, and <see cref="SyncAsync"/> (every
/// <see cref="TraceabilityOptions.ScanSyncSeconds"/>, from <see cref="ScanTallySync"/>) reads what was written since
/// and adds the records other nodes wrote. The scan page's cache key says whether the batch is under caution
/// (<see cref="ScanCounting"/>), so the first view after a caution appears renders the page anew: no cached page
/// has to be evicted for it.
/// </summary>
/// <remarks>
/// Records carry nothing naming the node that wrote them, and none is needed: a tally keeps, per serial and network,
/// how many of the views it counted have not been read back from the log yet; a record read back with such a key
/// is one of those (or another node's exact twin, which counts the same: one scan, a network already known) and is
/// not counted again, any other record is counted. A record whose write failed stops waiting. A batch not scanned
/// here for <see cref="ForgetAfter"/> leaves memory.
/// </remarks>
public sealed class ScanTallies : IDisposable
{
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(15);

    /// <summary>Records read from the log per query; a longer backlog is read in several.</summary>
    private const int ReadLimit = 10_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    /// <summary>Held while the cursor moves and while a tally is read, so a tally counts each record exactly once.</summary>
    private readonly SemaphoreSlim _reading = new(1, 1);

    private readonly ScanLogCursor _cursor = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly ScanRecorder _recorder;
    private readonly TimeProvider _clock;
    private long _lastReadTicks;

    public ScanTallies(IServiceScopeFactory scopes, ScanRecorder recorder, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        _scopes = scopes;
        _recorder = recorder;
        _clock = clock;
        _lastReadTicks = clock.GetUtcNow().UtcTicks;
        recorder.WriteFailed = Forget;
    }

    public void Dispose() => _reading.Dispose();

    /// <summary>When the log was last read to its end (or this node started).</summary>
    public DateTimeOffset LastRead => new(Interlocked.Read(ref _lastReadTicks), TimeSpan.Zero);

    /// <summary>
    /// Counts one view and queues its record; the batch's verdict with this view counted. The view is counted even
    /// when the queue is too full to record it: the shopper did scan.
    /// </summary>
    public async ValueTask<ScanSuspicion> RecordAsync(ScanRecord record, int? quantityProduced, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = await EntryAsync(record.BatchId, cancellationToken).ConfigureAwait(false);
        if (record.Serial is { } serial)
        {
            await LearnAsync(entry, record.BatchId, serial, cancellationToken).ConfigureAwait(false);
        }

        lock (entry.Gate)
        {
            // Queued under the entry's lock: the record cannot be read back before it is known to be this node's.
            if (_recorder.Enqueue(record))
            {
                entry.Unread(record.Serial, record.NetworkKey, +1);
            }

            return entry.Tally.Add(record.Serial, record.NetworkKey, quantityProduced);
        }
    }

    /// <summary>The batch's verdict without counting a view (a bot's visit, the report form).</summary>
    public async ValueTask<ScanSuspicion> JudgeAsync(Guid batchId, int? quantityProduced, CancellationToken cancellationToken) =>
        (await EntryAsync(batchId, cancellationToken).ConfigureAwait(false)).Tally.Judge(quantityProduced);

    /// <summary>Reads the scan log from where the last read ended and counts in every tally what other nodes wrote.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ReadOnAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task ReadOnAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ScanLog>();
        if (_cursor.Last is null)
        {
            _cursor.Start(await log.HighestIdAsync(cancellationToken).ConfigureAwait(false));
        }

        List<LoggedScan> read;
        do
        {
            var now = _clock.GetUtcNow();
            read = await log.ReadAsync(_cursor.Unread(), ReadLimit, cancellationToken).ConfigureAwait(false);
            // Batches without a tally here are read from the log when first scanned: nothing to add to.
            var taken = read.Select(s => (Scan: s, Entry: _entries.GetValueOrDefault(s.BatchId)))
                .Where(t => t.Entry is { IsReady: true }).ToList();
            // What may fail (asking the log) before anything changes, so a failed read can simply be read again.
            foreach (var (scan, entry) in taken)
            {
                if (scan.Serial is { } serial && !entry!.Tally.KnowsSerial(serial))
                {
                    entry.Tally.LearnSerial(serial, await log.NetworksOfSerialAsync(scan.BatchId, serial, ScanSuspicion.DefaultNetworkLimit + 1, cancellationToken)
                        .ConfigureAwait(false));
                }
            }

            _cursor.Advance([.. read.Select(s => s.Id)], now);
            foreach (var (scan, entry) in taken)
            {
                lock (entry!.Gate)
                {
                    if (!entry.Unread(scan.Serial, scan.NetworkKey, -1))
                    {
                        entry.Tally.Add(scan.Serial, scan.NetworkKey, quantityProduced: null);
                    }
                }
            }
        }
        while (read.Count == ReadLimit);

        Interlocked.Exchange(ref _lastReadTicks, _clock.GetUtcNow().UtcTicks);
    }

    /// <summary>The serial's networks from the log: a set, so records also counted by a later read add nothing twice.</summary>
    private async Task LearnAsync(Entry entry, Guid batchId, string serial, CancellationToken cancellationToken)
    {
        if (entry.Tally.KnowsSerial(serial))
        {
            return;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var networks = await scope.ServiceProvider.GetRequiredService<ScanLog>()
            .NetworksOfSerialAsync(batchId, serial, ScanSuspicion.DefaultNetworkLimit + 1, cancellationToken)
            .ConfigureAwait(false);
        entry.Tally.LearnSerial(serial, networks);
    }

    /// <summary>Records the writer could not store will not be read back: stop waiting for them.</summary>
    private void Forget(IReadOnlyList<ScanRecord> records)
    {
        foreach (var record in records)
        {
            if (_entries.TryGetValue(record.BatchId, out var entry))
            {
                lock (entry.Gate)
                {
                    entry.Unread(record.Serial, record.NetworkKey, -1);
                }
            }
        }
    }

    private async ValueTask<Entry> EntryAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(batchId, out var entry))
            {
                entry.LastUsed = now;
                var loading = entry.Loading.Value;
                if (loading.IsCompletedSuccessfully)
                {
                    return entry;
                }

                if (!loading.IsCompleted)
                {
                    await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // A failed read is not kept: this view reads again.
                _entries.TryRemove(new KeyValuePair<Guid, Entry>(batchId, entry));
                continue;
            }

            var fresh = new Entry(now);
            fresh.Loading = new Lazy<Task>(() => LoadAsync(batchId, fresh));
            if (_entries.TryAdd(batchId, fresh))
            {
                ForgetIdle(now);
            }
        }
    }

    /// <summary>Shared by every view waiting for it, so it runs without any one request's cancellation.</summary>
    private async Task LoadAsync(Guid batchId, Entry entry)
    {
        // This node's queued views of the batch, written and then read on, are in the tally from its start.
        await _recorder.FlushAsync().ConfigureAwait(false);
        await _reading.WaitAsync().ConfigureAwait(false);
        try
        {
            await ReadOnAsync(CancellationToken.None).ConfigureAwait(false);
            await using var scope = _scopes.CreateAsyncScope();
            entry.Tally = await scope.ServiceProvider.GetRequiredService<ScanLog>()
                .TallyAsync(batchId, _cursor.Read(), CancellationToken.None).ConfigureAwait(false);
            entry.IsReady = true;
        }
        finally
        {
            _reading.Release();
        }
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

    private sealed class Entry(DateTimeOffset createdAt)
    {
        /// <summary>Views counted here whose records have not been read back from the log, by serial and network.</summary>
        private readonly Dictionary<(string? Serial, string Network), int> _unread = [];

        private long _lastUsedTicks = createdAt.UtcTicks;
        private bool _ready;

        public Lock Gate { get; } = new();

        public Lazy<Task> Loading { get; set; } = null!;

        public BatchScanTally Tally { get; set; } = null!;

        /// <summary>Set with the tally while the log's reading is held, so the next read already counts into it.</summary>
        public bool IsReady
        {
            get => Volatile.Read(ref _ready);
            set => Volatile.Write(ref _ready, value);
        }

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

        /// <summary>Adds to or takes from the views not read back yet (under <see cref="Gate"/>); false when there was none to take.</summary>
        public bool Unread(string? serial, string network, int change)
        {
            var key = (serial, network);
            var count = _unread.GetValueOrDefault(key);
            if (count + change < 0)
            {
                return false;
            }

            if (count + change == 0)
            {
                _unread.Remove(key);
            }
            else
            {
                _unread[key] = count + change;
            }

            return true;
        }
    }
}
