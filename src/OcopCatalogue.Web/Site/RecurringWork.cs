using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// Background work that runs once when the site starts and then every <see cref="Period"/> on the site's clock
/// (<see cref="TimeProvider"/>, so a test advances a fake clock instead of waiting). A round that fails is logged
/// and the next one tries again: a failing background service would otherwise stop the whole host.
/// Several servers on one store run each round once between them: a round runs only on the server holding the job's
/// <see cref="JobLease"/>, taken in the database just before a round for <see cref="LeaseLength"/> and renewed every
/// <see cref="RenewEvery"/> while its holder lives (whatever the job's period); the others skip theirs, and take the
/// job over at their next round once the holder stops (it gives the lease back) or dies (its lease expires within
/// <see cref="LeaseLength"/>, not a multiple of a period: a killed server must not hold up scheduled publishing).
/// </summary>
public abstract partial class RecurringWork : BackgroundService
{
    private readonly PeriodicTimer _timer;
    private readonly ILogger _logger;
    private readonly SiteMetrics _metrics;
    private readonly JobLeases _leases;
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _holdsLease;

    /// <remarks>The timer is made here, so the first interval is counted from the site's start whenever
    /// <see cref="ExecuteAsync"/> gets going.</remarks>
    protected RecurringWork(TimeSpan interval, TimeProvider clock, JobLeases leases, SiteMetrics metrics, ILogger logger)
    {
        _metrics = metrics;
        _leases = leases;
        Period = interval;
        Clock = clock;
        _logger = logger;
        _timer = new PeriodicTimer(interval, clock);
    }

    public TimeSpan Period { get; }

    /// <summary>How long a lease lasts from its last renewal: three renewals, so a holder that misses one or two (a
    /// database hiccup) keeps the job.</summary>
    public static readonly TimeSpan LeaseLength = TimeSpan.FromSeconds(30);

    /// <summary>How often the holder renews its lease between rounds.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    /// <summary>The job's name in <see cref="JobLease.Job"/>, logs and metrics.</summary>
    public string JobName => GetType().Name;

    /// <summary>Whether this server held the job's lease when it last took or renewed it.</summary>
    public bool HoldsLease
    {
        get => Volatile.Read(ref _holdsLease);
        private set => Volatile.Write(ref _holdsLease, value);
    }

    protected TimeProvider Clock { get; }

    /// <summary>Completes once the round at start has run, successfully or not.</summary>
    public Task FirstRun => _firstRun.Task;

    /// <summary>One round; <paramref name="atStart"/> for the one when the site starts.</summary>
    protected abstract Task RunRoundAsync(bool atStart, CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var renewing = RenewLeaseAsync(stoppingToken);
        try
        {
            await RunRoundsAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            await renewing.ConfigureAwait(false);
        }
    }

    private async Task RunRoundsAsync(CancellationToken stoppingToken)
    {
        var atStart = true;
        do
        {
            try
            {
                HoldsLease = await _leases.TryTakeAsync(JobName, LeaseLength, stoppingToken).ConfigureAwait(false);
                if (HoldsLease)
                {
                    await RunRoundAsync(atStart, stoppingToken).ConfigureAwait(false);
                    _metrics.JobRound(JobName, succeeded: true);
                }
                else
                {
                    _metrics.JobRoundSkipped(JobName);
                    LogRoundSkipped(_logger, JobName);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _metrics.JobRound(JobName, succeeded: false);
                LogRoundFailed(_logger, JobName, Period, e);
            }
            finally
            {
                _firstRun.TrySetResult();
            }

            atStart = false;
        }
        while (await _timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Keeps the lease while this server holds it, between rounds however far apart they are.</summary>
    private async Task RenewLeaseAsync(CancellationToken stoppingToken)
    {
        using var renewals = new PeriodicTimer(RenewEvery, Clock);
        try
        {
            while (await renewals.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!HoldsLease)
                {
                    continue;
                }

                try
                {
                    HoldsLease = await _leases.TryTakeAsync(JobName, LeaseLength, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next renewal or round tries again; the lease lasts three renewals.
                    LogRenewalFailed(_logger, JobName, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>On a graceful stop the lease goes back at once, so another server need not wait for it to expire.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (!HoldsLease)
        {
            return;
        }

        try
        {
            await _leases.ReleaseAsync(JobName, cancellationToken).ConfigureAwait(false);
            HoldsLease = false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store may be gone already; the lease then simply expires.
            LogReleaseFailed(_logger, JobName, e);
        }
    }

    public override void Dispose()
    {
        _timer.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Work}: another server holds the job's lease; this round is skipped")]
    private static partial void LogRoundSkipped(ILogger logger, string work);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} could not renew its lease; it tries again")]
    private static partial void LogRenewalFailed(ILogger logger, string work, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} could not give its lease back; it expires on its own")]
    private static partial void LogReleaseFailed(ILogger logger, string work, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed this round; it runs again in {Interval}")]
    private static partial void LogRoundFailed(ILogger logger, string work, TimeSpan interval, Exception exception);
}
