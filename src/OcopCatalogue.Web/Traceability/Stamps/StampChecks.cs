using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// When each issued stamp was first checked and how many times, counted in memory and written every few seconds
/// (<see cref="StampCheckFlush"/>) as the scan tallies are, so a scan never waits for a write. A serial's record is
/// read from the store the first time this node sees it checked; each node adds its own checks to the stored count.
/// Only issued serials get an entry, so made-up serials cannot fill memory.
/// </summary>
/// <remarks>A node shows other nodes' checks of a serial as they stood when it first read the serial; the stored
/// count (staff views) has them all.</remarks>
public sealed class StampChecks(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(Guid BatchId, long Serial), Entry> _entries = new();

    /// <summary>Counts one check of an issued serial; its first check and count with this one.</summary>
    public async ValueTask<(DateTimeOffset FirstCheckedAt, long Checks)> CheckAsync(Guid batchId, long serialValue, bool counted, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd((batchId, serialValue), key => new Entry(key));
        Task loading;
        lock (entry)
        {
            loading = entry.Loading ??= LoadAsync(entry);
        }

        if (!loading.IsCompletedSuccessfully)
        {
            try
            {
                await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (loading.IsFaulted)
            {
                lock (entry)
                {
                    entry.Loading = entry.Loading == loading ? null : entry.Loading;
                }

                throw;
            }
        }

        lock (entry)
        {
            if (counted)
            {
                var now = clock.GetUtcNow();
                entry.FirstCheckedAt ??= now;
                entry.PendingFirst ??= now;
                entry.Stored++;
                entry.Pending++;
            }

            return (entry.FirstCheckedAt ?? clock.GetUtcNow(), entry.Stored);
        }
    }

    /// <summary>Writes the checks counted since the last write: adds them to the stored counts.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = new List<(Entry Entry, long Count, DateTimeOffset First)>();
        foreach (var entry in _entries.Values)
        {
            lock (entry)
            {
                if (entry.Pending > 0)
                {
                    pending.Add((entry, entry.Pending, entry.PendingFirst!.Value));
                    entry.Pending = 0;
                    entry.PendingFirst = null;
                }
            }
        }

        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            foreach (var chunk in pending.Chunk(500))
            {
                var batches = chunk.Select(p => p.Entry.Key.BatchId).Distinct().ToList();
                var serials = chunk.Select(p => p.Entry.Key.Serial).Distinct().ToList();
                var stored = await db.Set<StampCheck>()
                    .Where(c => batches.Contains(c.BatchId) && serials.Contains(c.SerialValue))
                    .ToDictionaryAsync(c => (c.BatchId, c.SerialValue), cancellationToken).ConfigureAwait(false);
                foreach (var (entry, count, first) in chunk)
                {
                    if (stored.TryGetValue(entry.Key, out var row))
                    {
                        row.Count += count;
                        row.FirstCheckedAt = first < row.FirstCheckedAt ? first : row.FirstCheckedAt;
                    }
                    else
                    {
                        db.Add(new StampCheck { BatchId = entry.Key.BatchId, SerialValue = entry.Key.Serial, FirstCheckedAt = first, Count = count });
                    }
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not written: counted again at the next write (another node may have added the row meanwhile).
            foreach (var (entry, count, first) in pending)
            {
                lock (entry)
                {
                    entry.Pending += count;
                    entry.PendingFirst = entry.PendingFirst is { } later && later < first ? later : first;
                }
            }

            throw;
        }
    }

    /// <summary>Forgets a batch's entries: its stamps were revoked or reissued, or it is gone.</summary>
    public void Forget(Guid batchId)
    {
        foreach (var key in _entries.Keys.Where(k => k.BatchId == batchId))
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Pending == 0)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private async Task LoadAsync(Entry entry)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var (batchId, serial) = entry.Key;
        var row = await db.Set<StampCheck>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.BatchId == batchId && c.SerialValue == serial).ConfigureAwait(false);
        lock (entry)
        {
            if (row is not null)
            {
                entry.Stored += row.Count;
                entry.FirstCheckedAt = entry.FirstCheckedAt is { } here && here < row.FirstCheckedAt ? here : row.FirstCheckedAt;
            }
        }
    }

    private sealed class Entry((Guid BatchId, long Serial) key)
    {
        public (Guid BatchId, long Serial) Key { get; } = key;

        public Task? Loading { get; set; }

        /// <summary>The stored count when read, plus this node's checks since.</summary>
        public long Stored { get; set; }

        public DateTimeOffset? FirstCheckedAt { get; set; }

        public long Pending { get; set; }

        public DateTimeOffset? PendingFirst { get; set; }
    }
}
