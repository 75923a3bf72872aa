namespace OcopCatalogue.Web.Traceability;

/// <summary>Runs <see cref="ScanRetention"/> when the site starts and then once a day, on the site's clock.</summary>
public sealed partial class ScanRetentionService : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ScanRetentionService> _logger;
    // Made with the service, so the first day is counted from the site's start whenever ExecuteAsync gets going.
    private readonly PeriodicTimer _timer;
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScanRetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScanRetentionService> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _timer = new PeriodicTimer(Interval, clock);
    }

    /// <summary>Completes once the clean-up at start has run, successfully or not.</summary>
    public Task FirstRun => _firstRun.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<ScanRetention>().PurgeAsync(stoppingToken);
                Purged(_logger, removed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed clean-up must not stop the site (the host's default for a failing background service);
                // the next day's run tries again.
                PurgeFailed(_logger, e);
            }
            finally
            {
                _firstRun.TrySetResult();
            }
        }
        while (await _timer.WaitForNextTickAsync(stoppingToken));
    }

    public override void Dispose()
    {
        _timer.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scan log retention: {Removed} old scan records deleted.")]
    private static partial void Purged(ILogger logger, int removed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scan log retention failed; it runs again tomorrow.")]
    private static partial void PurgeFailed(ILogger logger, Exception exception);
}
