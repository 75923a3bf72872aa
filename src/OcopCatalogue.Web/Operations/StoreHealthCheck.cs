using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Operations;

/// <summary>The content store answers and holds every migration this build knows: a connection and one read of the
/// migrations' history, so a node started before an upgrade of the schema by a newer node says so rather than failing pages.</summary>
public sealed class StoreHealthCheck(OcopDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
            {
                return HealthCheckResult.Unhealthy("not reachable");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("reachable and migrated")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied yet, the first {pending[0]}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("not reachable: " + e.GetType().Name);
        }
    }
}
