using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OcopCatalogue.Web.Publishing;

public static class ContentPublishingServiceCollectionExtensions
{
    /// <summary>Registers a handler of <see cref="ContentPublished"/>; registering the same type twice adds it once.</summary>
    public static IServiceCollection AddContentPublishedHandler<THandler>(this IServiceCollection services)
        where THandler : class, IContentPublishedHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentPublishedHandler, THandler>());
        return services;
    }
}
