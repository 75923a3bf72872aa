namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>Reads the issued serials of every batch that has stamps as the node starts, without holding up the start.</summary>
public sealed partial class IssuedSerialsWarmUp(IssuedSerials serials, ILogger<IssuedSerialsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await serials.LoadAllAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Each batch is still read at its first scan.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the issued stamps at start failed; each batch's are read at its first scan")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
