using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// Every batch's issued serials in memory, so a scan learns whether its serial was issued without asking the store.
/// A batch is read once per node (at start by <see cref="IssuedSerialsWarmUp"/>, or at its first scan), batches
/// without stamps included, and read again only when its stamps change: issuing and revoking publish a
/// <see cref="Publishing.ContentItemType.Stamps"/> change, which every node follows through its cache instructions
/// (<see cref="IssuedSerialsRefresh"/>).
/// </summary>
public sealed class IssuedSerials(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<BatchSerials>>> _batches = new();

    /// <summary>What this node knows of a scanned serial of a batch.</summary>
    public async ValueTask<StampStatus> StatusAsync(Guid batchId, string? serial, CancellationToken cancellationToken)
    {
        var serials = await OfAsync(batchId, cancellationToken).ConfigureAwait(false);
        if (!serials.HasStamps || serial is null)
        {
            return StampStatus.NotSerialised;
        }

        return serials.StatusOf(StampSerial.TryParse(serial, out var value) ? value : null);
    }

    /// <summary>The batch's serials, read from the store the first time they are asked for here.</summary>
    public async ValueTask<BatchSerials> OfAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var loading = _batches.GetOrAdd(batchId, id => new Lazy<Task<BatchSerials>>(() => LoadAsync(id)));
        var task = loading.Value;
        if (task.IsCompletedSuccessfully)
        {
            return task.Result;
        }

        try
        {
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (task.IsFaulted)
        {
            // A failed read is not kept: the next scan reads again.
            _batches.TryRemove(new KeyValuePair<Guid, Lazy<Task<BatchSerials>>>(batchId, loading));
            throw;
        }
    }

    /// <summary>Reads the batch's serials again now: its stamps were issued or revoked.</summary>
    public async Task ReloadAsync(Guid batchId)
    {
        var fresh = await LoadAsync(batchId).ConfigureAwait(false);
        _batches[batchId] = new Lazy<Task<BatchSerials>>(Task.FromResult(fresh));
    }

    /// <summary>
    /// Forgets every batch, so each is read again at its next scan: a server that rebuilds has missed cache
    /// instructions, maybe a <see cref="Publishing.ContentItemType.Stamps"/> one, and would otherwise warn that serials
    /// issued meanwhile were never issued.
    /// </summary>
    public void ForgetAll() => _batches.Clear();

    /// <summary>Reads every batch that has stamps, so the first scans after a start ask nothing of the store.</summary>
    public async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var batches = await db.Set<IssuedStamp>().AsNoTracking().Select(s => s.BatchId).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var batchId in batches)
        {
            if (!_batches.ContainsKey(batchId))
            {
                _batches.TryAdd(batchId, new Lazy<Task<BatchSerials>>(Task.FromResult(await ReadAsync(db, batchId, cancellationToken).ConfigureAwait(false))));
            }
        }
    }

    /// <summary>Shared by every scan waiting for it, so it runs without any one request's cancellation.</summary>
    private async Task<BatchSerials> LoadAsync(Guid batchId)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ReadAsync(scope.ServiceProvider.GetRequiredService<OcopDbContext>(), batchId, CancellationToken.None).ConfigureAwait(false);
    }

    private static async Task<BatchSerials> ReadAsync(OcopDbContext db, Guid batchId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IssuedStamp>().AsNoTracking()
            .Where(s => s.BatchId == batchId)
            .Select(s => new { s.SerialValue, Revoked = s.RevokedAt != null })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return BatchSerials.None;
        }

        var issued = new long[rows.Count];
        var revoked = new List<long>();
        for (var i = 0; i < rows.Count; i++)
        {
            issued[i] = rows[i].SerialValue;
            if (rows[i].Revoked)
            {
                revoked.Add(rows[i].SerialValue);
            }
        }

        return new BatchSerials(issued, [.. revoked]);
    }
}
