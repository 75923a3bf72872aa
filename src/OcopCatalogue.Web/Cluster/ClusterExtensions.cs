using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.Cluster;

/// <summary>What lets several servers share one store. A single server runs the same code: it is a cluster of one.</summary>
public static class ClusterExtensions
{
    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ClusterNode>();
        builder.Services.AddSingleton<JobLeases>();
        builder.Services.AddSingleton<SharedValues>();
        builder.Services.AddSingleton<ClusterRateCounters>();
        builder.Services.AddSingleton<DataProtectionKeyStart>();
        return builder;
    }

    /// <summary>
    /// Once the store is migrated, before the site serves: the data-protection keys and the network salt, which a
    /// single server kept in its data directory, are made (or adopted from those files) in the store all servers share.
    /// </summary>
    public static async Task ShareServerStateAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stopping = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<DataProtectionKeyStart>().EnsureKeysAsync(stopping).ConfigureAwait(false);
        await app.Services.GetRequiredService<NetworkSalt>().LoadAsync(stopping).ConfigureAwait(false);
    }
}
