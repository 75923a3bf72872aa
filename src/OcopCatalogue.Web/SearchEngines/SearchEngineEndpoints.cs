using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SearchEngines;

/// <summary>robots.txt, the sitemap index and its parts, and the product feeds. Every address in them is absolute, on <c>Ocop:PublicBaseUrl</c>.</summary>
public static class SearchEngineEndpoints
{
    // Crawlers come back often; an hour keeps them near the page cache, which publishing empties.
    public const string CacheControl = "public, max-age=3600";

    public static IResult Robots(HttpContext context, PublicAddress address)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(address);
        context.Response.Headers.CacheControl = CacheControl;
        return Results.Text(RobotsTxt.Write(address.BaseUrl(context.Request)), "text/plain; charset=utf-8");
    }

    public static async Task<IResult> IndexAsync(HttpContext context, PublishedPages pages, PublicAddress address, IOptions<SearchEngineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        var addresses = Sitemap.Addresses(await pages.AllAsync(context.RequestAborted).ConfigureAwait(false));
        context.Response.Headers.CacheControl = CacheControl;
        return Results.Bytes(Sitemap.Index(addresses, options.Value.SitemapPartSize, address.BaseUrl(context.Request)), Sitemap.ContentType);
    }

    public static async Task<IResult> PartAsync(HttpContext context, PublishedPages pages, PublicAddress address, IOptions<SearchEngineOptions> options, int part)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        var addresses = Sitemap.Addresses(await pages.AllAsync(context.RequestAborted).ConfigureAwait(false));
        if (Sitemap.Part(addresses, part, options.Value.SitemapPartSize, address.BaseUrl(context.Request)) is not { } body)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = CacheControl;
        return Results.Bytes(body, Sitemap.ContentType);
    }

    public static Task<IResult> VietnameseFeedAsync(HttpContext context, PublishedCatalogue catalogue, PublicAddress address, IOptions<SearchEngineOptions> options, IStringLocalizer<SiteText> text) =>
        FeedAsync(context, catalogue, address, options, text, english: false);

    public static Task<IResult> EnglishFeedAsync(HttpContext context, PublishedCatalogue catalogue, PublicAddress address, IOptions<SearchEngineOptions> options, IStringLocalizer<SiteText> text) =>
        FeedAsync(context, catalogue, address, options, text, english: true);

    private static async Task<IResult> FeedAsync(HttpContext context, PublishedCatalogue catalogue, PublicAddress address, IOptions<SearchEngineOptions> options, IStringLocalizer<SiteText> text, bool english)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        // The language is the address's.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = english ? SiteLanguage.English : SiteLanguage.Vietnamese;
        var products = await catalogue.EntriesAsync(context.RequestAborted).ConfigureAwait(false);
        context.Response.Headers.CacheControl = CacheControl;
        return Results.Bytes(ProductFeed.Write(products, options.Value.FeedEntries, address.BaseUrl(context.Request), text), ProductFeed.ContentType);
    }
}
