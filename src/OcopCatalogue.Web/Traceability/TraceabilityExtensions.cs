using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Traceability;

public static class TraceabilityExtensions
{
    /// <summary>Stamps of products without a GTIN lead to <c>/t/{code}</c>, answered by the same page as GS1 Digital Links.</summary>
    public static WebApplicationBuilder AddTraceability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Traceability/ScanPage", "/t/{**path}"));
        builder.Services.AddSingleton<QrStamps>();
        builder.Services.AddScoped<ScanLog>();
        builder.Services.AddSingleton<ScanTargets>();
        builder.Services.AddContentPublishedHandler<ScanTargetsRefresh>();
        builder.Services.AddSyncHandler<BatchSyncHandler>();
        builder.Services.AddSingleton<IScanRecordWriter>(services => ContentStoreExtensions.ProviderOf(services) == DatabaseProvider.PostgreSql
            ? new PostgreSqlScanCopy()
            : new SqliteScanInsert());
        builder.Services.AddSingleton<ScanRecorder>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScanRecorder>());
        builder.Services.AddSingleton<ScanTallies>();
        builder.Services.AddHostedService<ScanTallySync>();
        builder.Services.AddScoped<FakeReportInbox>();
        builder.Services.AddSingleton<ReportPhotos>();
        builder.Services.AddScoped<SuspiciousBatches>();
        builder.Services.AddScoped<ScansPerDay>();
        builder.Services.AddRateLimiter(o => o.AddPolicy<string, FakeReportRateLimit>(FakeReportRateLimit.PolicyName));
        builder.Services.AddOptions<TraceabilityOptions>()
            .Bind(builder.Configuration.GetSection(TraceabilityOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<ScanRetention>();
        builder.Services.AddHostedService<ScanRetentionService>();
        return builder;
    }

    /// <summary>
    /// Counts views of batch scan pages (<see cref="ScanCounting"/>). Goes before the page cache, so views served
    /// from it count too.
    /// </summary>
    public static WebApplication UseScanCounting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ScanCounting>();
        return app;
    }

    /// <summary>The QR images of stamps (see <see cref="QrImageEndpoint"/>).</summary>
    public static WebApplication MapTraceability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The fake-report limit runs in UseHardening's rate limiter (once per app: twice would count every post twice).
        // HEAD as GET (the server sends no body): link checkers and caches ask it of the images printed on stamps.
        app.MapMethods(StampAddress.QrPrefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], QrImageEndpoint.HandleAsync)
            .CacheOutput(PublicPageCachePolicy.Name);
        app.MapGet(Epcis.EpcisEndpoint.Prefix + "/{**path}", Epcis.EpcisEndpoint.HandleAsync);
        return app;
    }
}
