using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Hardening;
using OcopCatalogue.Web.USync;
namespace OcopCatalogue.Web.SalesPoints;

public static class SalesPointsExtensions
{
    public static WebApplicationBuilder AddSalesPoints(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MapOptions>()
            .Bind(builder.Configuration.GetSection(MapOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The map's tiles are images from another server: the content security policy must name it.
        builder.Services.AddOptions<ContentSecurityOptions>()
            .Configure<IOptions<MapOptions>>((csp, map) => csp.ImageSources.Add(SecurityHeaders.TileSource(map.Value.TileUrl)));
        builder.Services.AddScoped<SalesPointDirectory>();
        builder.Services.AddSyncHandler<SalesPointSyncHandler>();
        return builder;
    }
}
