using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// <c>/qr/01/{gtin}[/10/{lot}[/21/{serial}]].png|.svg</c> and <c>/qr/t/{code}[/10/{lot}[/21/{serial}]].png|.svg</c>: the QR image of a stamp, only for a
/// published product or a batch the resolver knows, so nobody can make the site sign a code for a URL it does not answer.
/// </summary>
public static class QrImageEndpoint
{
    // The bytes for a URL never change (a new base URL is a new ETag), so browsers and proxies may keep them for a year.
    public const string CacheControl = "public, max-age=31536000, immutable";

    // Cached apart from pages, and kept across publishes that leave every stamp's codes alone.
    [StampImage]
    public static async Task<IResult> HandleAsync(HttpContext context, OcopDbContext db, QrStamps stamps, PublicAddress address)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stamps);
        ArgumentNullException.ThrowIfNull(address);
        var target = RawPath(context)[StampAddress.QrPrefix.Length..];
        string extension;
        if (target.EndsWith(StampAddress.Png, StringComparison.Ordinal))
        {
            extension = StampAddress.Png;
        }
        else if (target.EndsWith(StampAddress.Svg, StringComparison.Ordinal))
        {
            extension = StampAddress.Svg;
        }
        else
        {
            return Results.NotFound();
        }

        var stampPath = await KnownStampPathAsync(db, target[..^extension.Length], context.RequestAborted);
        if (stampPath is null)
        {
            return Results.NotFound();
        }

        // With Ocop:PublicBaseUrl set, never the request's host: an image cached a year must not encode a client's Host.
        var url = address.BaseUrl(context.Request) + stampPath;
        // Serials are as many as packs, so their images are drawn each time instead of crowding out the cache.
        var cache = !stampPath.Contains("/21/", StringComparison.Ordinal);
        var image = extension == StampAddress.Png ? stamps.Png(url, cache) : stamps.Svg(url, cache);
        var headers = context.Response.Headers;
        headers.ETag = image.ETag;
        headers.CacheControl = CacheControl;
        var etag = new EntityTagHeaderValue(image.ETag);
        var asked = context.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(a => a.Equals(EntityTagHeaderValue.Any) || a.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(image.Content, image.MediaType);
    }

    /// <summary>The canonical stamp path of a published product or known batch, or null.</summary>
    private static async Task<string?> KnownStampPathAsync(OcopDbContext db, string path, CancellationToken ct)
    {
        var published = db.Products.AsNoTracking().Where(p => p.State == PublicationState.Published);
        var link = StampLink.Parse(path, out _);
        // A serial without a lot is not a page the resolver shows (it redirects to the product), so it gets no stamp.
        if (link is null || (link.Serial is not null && link.Lot is null))
        {
            return null;
        }

        var (gtin, code) = (link.Gtin, link.TraceCode);
        var productId = await (gtin is not null ? published.Where(p => p.Gtin == gtin) : published.Where(p => p.TraceCode == code))
            .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        if (productId is not { } id)
        {
            return null;
        }

        if (link.Lot is { } lot && !await db.TraceBatches.AnyAsync(b => b.ProductId == id && b.LotCode == lot && b.State == PublicationState.Published, ct))
        {
            return null;
        }

        return link.ToPath();
    }

    /// <summary>The path as sent, still percent-encoded, so a lot holding '/' (%2F) stays one value.</summary>
    private static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || raw[0] != '/')
        {
            raw = context.Request.Path.ToUriComponent();
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? raw : raw[..query];
    }
}
