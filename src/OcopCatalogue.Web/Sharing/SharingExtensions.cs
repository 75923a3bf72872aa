using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Sharing;

public static class SharingExtensions
{
    /// <summary>Share images of products, producers, sales points and the site, and the handler that draws them again on publish.</summary>
    public static WebApplicationBuilder AddSharing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ShareImageRenderer>();
        builder.Services.AddScoped<ShareImages>();
        builder.Services.AddContentPublishedHandler<ShareImageRefresh>();
        return builder;
    }

    /// <summary>
    /// <c>/chia-se/…png</c> and <c>/en/share/…png</c>. Not in the page cache: the file on disk is the cache, and a PNG
    /// would crowd the pages out of its memory.
    /// </summary>
    public static WebApplication MapSharing(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(ShareImageAddress.VietnamesePrefix + "/{folder}/{file}", getOrHead, ShareImageEndpoint.VietnameseAsync);
        app.MapMethods(ShareImageAddress.VietnamesePrefix + "/{file}", getOrHead, (HttpContext c, ShareImages i, Site.PublicAddress a, string file) => ShareImageEndpoint.VietnameseAsync(c, i, a, null, file));
        app.MapMethods(ShareImageAddress.EnglishPrefix + "/{folder}/{file}", getOrHead, ShareImageEndpoint.EnglishAsync);
        app.MapMethods(ShareImageAddress.EnglishPrefix + "/{file}", getOrHead, (HttpContext c, ShareImages i, Site.PublicAddress a, string file) => ShareImageEndpoint.EnglishAsync(c, i, a, null, file));
        return app;
    }
}
