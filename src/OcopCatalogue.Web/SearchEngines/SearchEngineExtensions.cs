using OcopCatalogue.Web.Caching;

namespace OcopCatalogue.Web.SearchEngines;

public static class SearchEngineExtensions
{
    public static WebApplicationBuilder AddSearchEngines(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SearchEngineOptions>()
            .Bind(builder.Configuration.GetSection(SearchEngineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<PublishedPages>();
        return builder;
    }

    /// <summary>
    /// <c>/robots.txt</c>, <c>/sitemap.xml</c> with its parts <c>/sitemap-{n}.xml</c>, and the feeds
    /// <c>/san-pham/feed.atom</c> and <c>/en/products/feed.atom</c>, all in the page cache, which publishing empties.
    /// </summary>
    public static WebApplication MapSearchEngines(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(RobotsTxt.Path, getOrHead, SearchEngineEndpoints.Robots).CacheOutput(PublicPageCachePolicy.Name);
        app.MapMethods(Sitemap.IndexPath, getOrHead, SearchEngineEndpoints.IndexAsync).CacheOutput(PublicPageCachePolicy.Name);
        app.MapMethods("/sitemap-{part:int}.xml", getOrHead, SearchEngineEndpoints.PartAsync).CacheOutput(PublicPageCachePolicy.Name);
        app.MapMethods(ProductFeed.VietnamesePath, getOrHead, SearchEngineEndpoints.VietnameseFeedAsync).CacheOutput(PublicPageCachePolicy.Name);
        app.MapMethods(ProductFeed.EnglishPath, getOrHead, SearchEngineEndpoints.EnglishFeedAsync).CacheOutput(PublicPageCachePolicy.Name);
        return app;
    }
}
