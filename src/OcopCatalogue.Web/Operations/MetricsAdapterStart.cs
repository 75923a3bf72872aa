using Prometheus;

namespace OcopCatalogue.Web.Operations;

/// <summary>
/// prometheus-net starts listening to .NET meters just before its first collection, so without this a node would
/// publish nothing measured before the first scrape (requests, cache lookups, rounds at start). One collection into
/// nothing at start begins the listening with the node.
/// </summary>
public sealed class MetricsAdapterStart : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Metrics.DefaultRegistry.CollectAndExportAsTextAsync(Stream.Null, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
