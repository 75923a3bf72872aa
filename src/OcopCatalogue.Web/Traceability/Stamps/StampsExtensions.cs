using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Traceability.Stamps;

public static class StampsExtensions
{
    /// <summary>
    /// Serialised stamps: print orders, issuing, the in-memory issued serials every scan is checked against, the
    /// first-check counts, and the print-ready sheets.
    /// </summary>
    public static WebApplicationBuilder AddStamps(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IssuedSerials>();
        builder.Services.AddHostedService<IssuedSerialsWarmUp>();
        // Before the page cache's eviction (registered last), so a page rendered after it knows the new serials.
        builder.Services.AddContentPublishedHandler<IssuedSerialsRefresh>();
        builder.Services.AddSingleton<StampChecks>();
        builder.Services.AddHostedService<StampCheckFlush>();
        builder.Services.AddSingleton<StampScans>();
        builder.Services.AddSingleton<StampIssuer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StampIssuer>());
        builder.Services.AddScoped<StampOrders>();
        builder.Services.AddSingleton<StampSheets>();
        builder.Services.AddSingleton<StampSheetMaker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StampSheetMaker>());
        return builder;
    }
}
