using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// Background work that runs once when the site starts and then every <see cref="Period"/> on the site's clock
/// (<see cref="TimeProvider"/>, so a test advances a fake clock instead of waiting). A round that fails is logged
/// and the next one tries again: a failing background service would otherwise stop the whole host.
/// </summary>
public abstract partial class RecurringWork : BackgroundService
{
    private readonly PeriodicTimer _timer;
    private readonly ILogger _logger;
    private readonly SiteMetrics _metrics;
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <remarks>The timer is made here, so the first interval is counted from the site's start whenever
    /// <see cref="ExecuteAsync"/> gets going.</remarks>
    protected RecurringWork(TimeSpan interval, TimeProvider clock, SiteMetrics metrics, ILogger logger)
    {
        _metrics = metrics;
        Period = interval;
        Clock = clock;
        _logger = logger;
        _timer = new PeriodicTimer(interval, clock);
    }

    public TimeSpan Period { get; }

    protected TimeProvider Clock { get; }

    /// <summary>Completes once the round at start has run, successfully or not.</summary>
    public Task FirstRun => _firstRun.Task;

    /// <summary>One round; <paramref name="atStart"/> for the one when the site starts.</summary>
    protected abstract Task RunRoundAsync(bool atStart, CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var atStart = true;
        do
        {
            try
            {
                await RunRoundAsync(atStart, stoppingToken).ConfigureAwait(false);
                _metrics.JobRound(GetType().Name, succeeded: true);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _metrics.JobRound(GetType().Name, succeeded: false);
                LogRoundFailed(_logger, GetType().Name, Period, e);
            }
            finally
            {
                _firstRun.TrySetResult();
            }

            atStart = false;
        }
        while (await _timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public override void Dispose()
    {
        _timer.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed this round; it runs again in {Interval}")]
    private static partial void LogRoundFailed(ILogger logger, string work, TimeSpan interval, Exception exception);
}
