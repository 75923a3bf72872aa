using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>Writes the counted stamp checks every <see cref="TraceabilityOptions.ScanSyncSeconds"/>, and once more on the way down.</summary>
public sealed partial class StampCheckFlush(StampChecks checks, TimeProvider clock, IOptions<TraceabilityOptions> options, ILogger<StampCheckFlush> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.ScanSyncSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, clock, stoppingToken).ConfigureAwait(false);
                await checks.FlushAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Kept in memory and written at the next try.
                LogFailed(logger, ex);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await checks.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing stamp checks failed; they are kept and written at the next try")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
