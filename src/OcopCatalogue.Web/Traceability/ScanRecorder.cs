using System.Threading.Channels;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Writes scan records in batches from one background writer. A QR burst is hundreds of scans a second; one
/// transaction per view would make every scan wait for the disk and for the other scans' locks, while one
/// transaction per batch of views costs about the same as one. Views do not wait for their record: the batch's
/// verdict comes from <see cref="ScanTallies"/>, which counts in memory, so a cached scan page answers as fast as
/// any other cached page.
/// </summary>
/// <remarks>
/// A record is written within moments of its view (the writer takes whatever is queued, up to
/// <see cref="MaxBatch"/> records a transaction). When the queue is full further views are not recorded rather than
/// made to wait; the loss is logged. A normal stop writes the queue first; a crash loses what was still queued.
/// </remarks>
public sealed partial class ScanRecorder : BackgroundService
{
    private const int Capacity = 20_000;
    private const int MaxBatch = 5_000;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly IServiceScopeFactory _scopes;
    private readonly IScanRecordWriter _writer;
    private readonly ILogger<ScanRecorder> _logger;
    private long _dropped;

    public ScanRecorder(IServiceScopeFactory scopes, IScanRecordWriter writer, SiteMetrics metrics, ILogger<ScanRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _scopes = scopes;
        _writer = writer;
        _logger = logger;
        metrics.Observe("scan_writer.queue", "{record}", "Scan records waiting for the writer on this node", () => _queue.Reader.Count);
    }

    /// <summary>Told of records whose write failed (and so will never be in the log); <see cref="ScanTallies"/> sets it.</summary>
    internal Action<IReadOnlyList<ScanRecord>>? WriteFailed { get; set; }

    /// <summary>Queues one view's record; false when the queue is full and the view goes unrecorded.</summary>
    public bool Enqueue(ScanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_queue.Writer.TryWrite(new Pending(record, null)))
        {
            return true;
        }

        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Completes once every record queued before the call is written (or its write failed).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Pending(null, done), cancellationToken).ConfigureAwait(false);
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
        var records = new List<ScanRecord>(MaxBatch);
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
                    records.Add(pending.Record!);
                }
            }

            await WriteAsync(records).ConfigureAwait(false);
            records.Clear();
            flushes.ForEach(f => f.TrySetResult());
            flushes.Clear();
            if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
            {
                LogDropped(dropped);
            }
        }
    }

    private async Task WriteAsync(List<ScanRecord> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await _writer.InsertAsync(scope.ServiceProvider.GetRequiredService<OcopDbContext>(), records).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The views are lost, the site goes on: a scan log must never take the scan pages down.
            LogWriteFailed(records.Count, ex);
            WriteFailed?.Invoke([.. records]);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} scan records could not be written")]
    private partial void LogWriteFailed(int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} scans were not recorded: the scan log's queue was full")]
    private partial void LogDropped(long count);

    private sealed record Pending(ScanRecord? Record, TaskCompletionSource? Flushed);
}
