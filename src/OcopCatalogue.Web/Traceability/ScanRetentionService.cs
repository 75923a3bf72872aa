using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Traceability;

/// <summary>Runs <see cref="ScanRetention"/> when the site starts and then once a day, on the site's clock.</summary>
public sealed partial class ScanRetentionService(IServiceScopeFactory scopes, TimeProvider clock, JobLeases leases, SiteMetrics metrics, ILogger<ScanRetentionService> logger)
    : RecurringWork(Interval, clock, leases, metrics, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task RunRoundAsync(bool atStart, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<ScanRetention>().PurgeAsync(stoppingToken).ConfigureAwait(false);
        Purged(logger, removed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scan log retention: {Removed} old scan records deleted.")]
    private static partial void Purged(ILogger logger, int removed);
}
