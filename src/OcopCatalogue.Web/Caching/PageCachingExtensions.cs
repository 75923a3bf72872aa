using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Caching;

public static class PageCachingExtensions
{
    /// <summary>
    /// Bench only: a folder served as plain static files under <see cref="BenchStaticPath"/> by this same server,
    /// so the load benchmark can compare a page with the same bytes served as a file.
    /// </summary>
    public const string BenchStaticDirectoryKey = "Ocop:Bench:StaticDirectory";

    public const string BenchStaticPath = "/_bench";

    /// <summary>
    /// Output caching of public pages and QR images (<see cref="PublicPageCachePolicy"/>), evicted on publish;
    /// Brotli and gzip compression of dynamic responses; static assets served with their build's cache headers.
    /// Call it after the other features, so its publish handler runs last.
    /// </summary>
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PageCachingOptions>()
            .Bind(builder.Configuration.GetSection(PageCachingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PageCacheGeneration>();
        services.AddSingleton<StampImages>();
        services.AddSingleton<PublicPageCachePolicy>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>()
            .Configure<PublicPageCachePolicy, IOptions<PageCachingOptions>>((o, policy, settings) =>
            {
                o.AddPolicy(PublicPageCachePolicy.Name, policy);
                o.SizeLimit = settings.Value.SizeLimitMegabytes * 1024L * 1024L;
                // A lot code is case-sensitive (GS1), and so are slugs once typed in another case: never merge them.
                o.UseCaseSensitivePaths = true;
            });
        services.AddOptions<RazorPagesOptions>()
            .Configure<PublicPageCachePolicy, IOptions<UncachedAreaOptions>>((o, policy, uncached) => o.Conventions.Add(new CachedPublicPages(policy, uncached.Value)));
        services.AddContentPublishedHandler<PageCacheEviction>();

        services.AddResponseCompression(o =>
        {
            // Public pages hold no secret but a form token worth little (anonymous reports), so compressing them
            // over HTTPS is safe from BREACH-style guessing; staff areas (UncachedAreaOptions) are left uncompressed (see UsePageCaching).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/linkset+json", "text/javascript", "application/manifest+json"];
        });
        // Cached pages are compressed once and served many times, so the better ratio is worth it; quality 4 of
        // Brotli still costs a fraction of rendering the page.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

        // Run from the build output (scripts/run.sh, the tests, the benchmark), MapStaticAssets reads the build's
        // manifest and, by default, treats it as development: every asset is re-read from disk and answered with
        // no-cache, even the fingerprinted ones. Outside Development, serve the manifest's own headers, as a
        // published site does: a year and immutable for fingerprinted URLs, revalidation for the others.
        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        }

        return builder;
    }

    /// <summary>Compression inside the cache, so a cached page is stored compressed and served without work.</summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration[BenchStaticDirectoryKey] is { Length: > 0 } benchDirectory)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.GetFullPath(benchDirectory)),
                RequestPath = BenchStaticPath,
            });
        }

        if (app.Configuration.GetValue<bool>(BenchPublishEndpoint.EnabledKey))
        {
            app.MapPost(BenchPublishEndpoint.Path, BenchPublishEndpoint.HandleAsync);
        }

        app.UseOutputCache();
        var uncached = app.Services.GetRequiredService<IOptions<UncachedAreaOptions>>().Value;
        app.UseWhen(context => !uncached.Covers(context.Request.Path), branch => branch.UseResponseCompression());
        return app;
    }
}
