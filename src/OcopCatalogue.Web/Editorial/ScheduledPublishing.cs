using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// Publishes and unpublishes on schedule: at start (what fell due while the site was down) and then once a minute
/// it asks <see cref="EditorialSchedules"/> to run what is due. Time comes from <see cref="TimeProvider"/>, so a test moves a fake
/// clock and calls <see cref="TickAsync"/> instead of waiting.
/// </summary>
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, TimeProvider clock, JobLeases leases, SiteMetrics metrics, ILogger<ScheduledPublishing> logger)
    : RecurringWork(Interval, clock, leases, metrics, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Runs the schedules due now; returns how many ran.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<EditorialSchedules>()
                .RunDueSchedulesAsync(Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One failed round (a locked database, a broken version) does not stop the schedules that follow.</summary>
    protected override Task RunRoundAsync(bool atStart, CancellationToken stoppingToken) => TickAsync(stoppingToken);
}
