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
        builder.Services.AddScoped<SalesPointDirectory>();
        builder.Services.AddSyncHandler<SalesPointSyncHandler>();
        return builder;
    }
}
