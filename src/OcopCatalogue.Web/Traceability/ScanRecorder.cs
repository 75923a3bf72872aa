using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Writes scan records in batches from one background writer. A QR burst is hundreds of scans a second; one SQLite
/// transaction per view would make every scan wait for the disk and for the other scans' locks, while one
/// transaction per batch of views costs about the same as one. After writing, the batches written to are judged
/// again (<see cref="ScanVerdicts"/>), so a scan crossing a limit shows the caution from the next view on.
/// </summary>
/// <remarks>
/// A view waits for its record's transaction (group commit: a burst shares one), at most a second: when the disk
/// stalls the page answers anyway with the last verdict, and when the queue is full further views are not recorded
/// rather than made to wait; the loss is logged. A normal stop writes the queue first.
/// </remarks>
public sealed partial class ScanRecorder(IServiceScopeFactory scopes, ScanVerdicts verdicts, ILogger<ScanRecorder> logger) : BackgroundService
{
    private const int Capacity = 20_000;
    private const int MaxBatch = 5_000;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private long _dropped;

    /// <summary>Queues one view; false when the queue is full and the view goes unrecorded.</summary>
    public bool Enqueue(ScanRecord record, int? quantityProduced) => RecordAsync(record, quantityProduced) is not { IsCompleted: true, Result: null };

    /// <summary>
    /// Queues one view. The task ends once it is written, with the batch's verdict judged after that write (so the
    /// view that crosses a limit already cautions), or with null when the view could not be recorded. Views that
    /// arrive together share one transaction, so waiting costs a burst little.
    /// </summary>
    public Task<ScanSuspicion?> RecordAsync(ScanRecord record, int? quantityProduced)
    {
        ArgumentNullException.ThrowIfNull(record);
        var written = new TaskCompletionSource<ScanSuspicion?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_queue.Writer.TryWrite(new Pending(record, quantityProduced, null, written)))
        {
            return written.Task;
        }

        Interlocked.Increment(ref _dropped);
        return Task.FromResult<ScanSuspicion?>(null);
    }

    /// <summary>Completes once every view queued before the call is written and its batch judged again.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Pending(null, null, done, null), cancellationToken).ConfigureAwait(false);
        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No more views are accepted; ExecuteAsync writes what is queued and ends.
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var records = new List<Pending>(MaxBatch);
        var flushes = new List<TaskCompletionSource>();
        // Not stoppingToken: the loop ends when StopAsync completes the queue, after the last views are written.
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (records.Count < MaxBatch && reader.TryRead(out var pending))
            {
                if (pending.Flushed is { } flush)
                {
                    flushes.Add(flush);
                }
                else
                {
                    records.Add(pending);
                }
            }

            var stored = await WriteAsync(records).ConfigureAwait(false);
            foreach (var pending in records)
            {
                pending.Written!.TrySetResult(stored && verdicts.TryGet(pending.Record!.BatchId, out var suspicion) ? suspicion : null);
            }

            records.Clear();
            flushes.ForEach(f => f.TrySetResult());
            flushes.Clear();
            if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
            {
                LogDropped(dropped);
            }
        }
    }

    private async Task<bool> WriteAsync(List<Pending> pending)
    {
        if (pending.Count == 0)
        {
            return true;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            await InsertAsync(db, pending.Select(p => p.Record!)).ConfigureAwait(false);
            var log = scope.ServiceProvider.GetRequiredService<ScanLog>();
            foreach (var batch in pending.GroupBy(p => p.Record!.BatchId))
            {
                var quantity = batch.First().QuantityProduced;
                if (verdicts.MayChange(batch.Key, quantity, batch.Count(), batch.Any(p => p.Record!.Serial is not null)))
                {
                    var (suspicion, scans) = await log.CountAndJudgeAsync(batch.Key, quantity, CancellationToken.None).ConfigureAwait(false);
                    verdicts.Set(batch.Key, suspicion, scans);
                }
            }

            verdicts.ForgetStale();
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The views are lost, the site goes on: a scan log must never take the scan pages down.
            LogWriteFailed(pending.Count, ex);
            return false;
        }
    }

    /// <summary>
    /// One transaction, one prepared INSERT run per record. EF's SaveChanges sends each row as its own statement with
    /// RETURNING, which SQLite prepares anew every time: a few thousand rows a second, less than one busy scan page
    /// serves. Table, columns, quoting and value conversions come from the EF model, so the SQL stays what EF would
    /// write and works on any relational provider.
    /// </summary>
    private static async Task InsertAsync(OcopDbContext db, IEnumerable<ScanRecord> records)
    {
        var insert = ScanRecordInsert.For(db);
        await db.Database.OpenConnectionAsync().ConfigureAwait(false);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = insert.Sql;
            foreach (var record in records)
            {
                insert.Bind(command, record);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            await transaction.CommitAsync().ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} scan records could not be written")]
    private partial void LogWriteFailed(int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} scans were not recorded: the scan log's queue was full")]
    private partial void LogDropped(long count);

    private sealed record Pending(ScanRecord? Record, int? QuantityProduced, TaskCompletionSource? Flushed, TaskCompletionSource<ScanSuspicion?>? Written);
}
