using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OcopCatalogue.Web.Operations;

/// <summary>Unhealthy while any part of <see cref="SiteReadiness"/> is waiting (the search index, catching up, draining).</summary>
public sealed class ReadinessHealthCheck(SiteReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waiting = readiness.Waiting;
        return Task.FromResult(waiting.Count == 0
            ? HealthCheckResult.Healthy("nothing waiting")
            : HealthCheckResult.Unhealthy(string.Join("; ", waiting.Select(w => $"{w.Part}: {w.Reason}"))));
    }
}
