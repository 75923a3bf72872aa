namespace OcopCatalogue.Web.Cluster;

/// <summary>What lets several servers share one store. A single server runs the same code: it is a cluster of one.</summary>
public static class ClusterExtensions
{
    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ClusterNode>();
        return builder;
    }
}
