using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace OcopCatalogue.Web.Operations;

/// <summary>
/// What an operator and a load balancer ask of a node: <c>/healthz</c> (the process answers), <c>/readyz</c> (the
/// store reachable and migrated, nothing waiting in <see cref="SiteReadiness"/>), draining on a stop, and the
/// site's metrics in Prometheus' format on a listener of their own.
/// </summary>
public static class OperationsExtensions
{
    public const string HealthPath = "/healthz";

    public const string ReadyPath = "/readyz";

    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OperationsOptions>()
            .Bind(builder.Configuration.GetSection(OperationsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<SiteMetrics>();
        services.AddSingleton<SiteReadiness>();
        services.AddHostedService<Draining>();
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(2))
            .AddCheck<ReadinessHealthCheck>("node", tags: [ReadyTag]);

        var settings = builder.Configuration.GetSection(OperationsOptions.Section).Get<OperationsOptions>() ?? new OperationsOptions();
        if (settings.MetricsPort > 0)
        {
            // prometheus-net publishes every .NET meter (ours, ASP.NET Core's, Npgsql's pool) beside its own
            // process metrics, on a Kestrel of its own: the public listener never answers /metrics.
            services.AddMetricServer(o =>
            {
                o.Hostname = settings.MetricsHost;
                o.Port = (ushort)settings.MetricsPort;
            });
            services.AddHostedService<MetricsAdapterStart>();
        }

        return builder;
    }

    /// <summary>First in the pipeline: the health answers go before the host filter, rate limits and caches (a load
    /// balancer asks by address, often), and the request timer sees every request.</summary>
    public static WebApplication UseOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHealthChecks(HealthPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.UseHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        app.UseMiddleware<RequestMetrics>();
        return app;
    }

    /// <summary>A few plain lines an operator can read with curl: the verdict, then each check's.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var text = new StringBuilder().Append(report.Status).Append('\n');
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status).Append(" (").Append(entry.Description).Append(")\n");
        }

        return context.Response.WriteAsync(text.ToString());
    }
}
