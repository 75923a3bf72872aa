using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.Cluster;

/// <summary>What lets several servers share one store. A single server runs the same code: it is a cluster of one.</summary>
public static class ClusterExtensions
{
    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ClusterNode>();
        services.AddOptions<ClusterOptions>()
            .Bind(builder.Configuration.GetSection(ClusterOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CacheInstructionWriter>();
        services.AddSingleton<DerivedContentRebuild>();
        services.AddSingleton<InstructionReplay>();
        services.AddHostedService(s => s.GetRequiredService<InstructionReplay>());
        services.AddScoped<InstructionPruning>();
        services.AddHostedService<InstructionPruningService>();
        services.AddSingleton<JobLeases>();
        services.AddSingleton<SharedValues>();
        services.AddSingleton<ClusterRateCounters>();
        services.AddSingleton<DataProtectionKeyStart>();
        return builder;
    }

    /// <summary>
    /// Takes the position this server replays other servers' changes from. Called before the search index is
    /// checked or built at start, so a change published meanwhile is either in the index or replayed after.
    /// </summary>
    public static Task TakeInstructionPositionAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<InstructionReplay>().TakeStartPositionAsync();
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
