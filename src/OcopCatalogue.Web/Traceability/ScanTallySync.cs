using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Every <see cref="TraceabilityOptions.ScanSyncSeconds"/>, on every node, takes into this node's
/// <see cref="ScanTallies"/> the scans other nodes recorded (not once per cluster: each node keeps its own tallies).
/// </summary>
public sealed partial class ScanTallySync(ScanTallies tallies, TimeProvider clock, IOptions<TraceabilityOptions> options, SiteMetrics metrics,
    ILogger<ScanTallySync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics.Observe("scan_sync.age", "ms", "Milliseconds since this node last read the scan log for other nodes' scans",
            () => (long)(clock.GetUtcNow() - tallies.LastRead).TotalMilliseconds);
        var period = TimeSpan.FromSeconds(options.Value.ScanSyncSeconds);
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, clock, stoppingToken).ConfigureAwait(false);
                await tallies.SyncAsync(stoppingToken).ConfigureAwait(false);
                if (failing)
                {
                    LogRecovered(logger);
                    failing = false;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The store is away: the tallies count this node's views meanwhile and catch up when it is back.
                if (!failing)
                {
                    LogFailed(logger, ex);
                    failing = true;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading other nodes' scans failed; the cautions judge this node's views until it works again")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reading other nodes' scans works again")]
    private static partial void LogRecovered(ILogger logger);
}
