using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OcopCatalogue.Web.USync;

public static class SyncHandlerRegistration
{
    /// <summary>Registers a content type's uSync handler with the import, the export and the export on publish.</summary>
    public static IServiceCollection AddSyncHandler<THandler>(this IServiceCollection services)
        where THandler : class, ISyncHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(s => s.ServiceType == typeof(THandler)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<SyncHandlers>();
        services.AddScoped<THandler>();
        // The same instance by either name, so the back office and the import share one per scope.
        services.AddScoped<ISyncHandler>(s => s.GetRequiredService<THandler>());
        return services;
    }
}
