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
}
