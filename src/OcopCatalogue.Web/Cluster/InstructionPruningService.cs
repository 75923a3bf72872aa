using OcopCatalogue.Web.Operations;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Cluster;

/// <summary>Runs <see cref="InstructionPruning"/> when the site starts and then every hour, on the site's clock, on the
/// server holding its lease.</summary>
public sealed partial class InstructionPruningService(
    IServiceScopeFactory scopes, TimeProvider clock, JobLeases leases, SiteMetrics metrics, ILogger<InstructionPruningService> logger)
    : RecurringWork(Interval, clock, leases, metrics, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task RunRoundAsync(bool atStart, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<InstructionPruning>().PruneAsync(stoppingToken).ConfigureAwait(false);
        if (removed > 0)
        {
            Pruned(logger, removed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cache instructions: {Removed} old ones deleted.")]
    private static partial void Pruned(ILogger logger, int removed);
}
