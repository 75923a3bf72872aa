using System.Globalization;
using Microsoft.Net.Http.Headers;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Sharing;

/// <summary>
/// Answers a share image address (<see cref="ShareImageAddress"/>) with the card's PNG from this server's disk cache,
/// drawn on first request. An unknown or unpublished item gets the 404 page. The address stays the same when the item
/// changes, so browsers keep the image an hour and then ask again with its entity tag (the card's fingerprint).
/// </summary>
public static class ShareImageEndpoint
{
    public const string CacheControl = "public, max-age=3600";

    public static Task<IResult> VietnameseAsync(HttpContext context, ShareImages images, PublicAddress address, string? folder, string file) =>
        HandleAsync(context, images, address, folder, file, english: false);

    public static Task<IResult> EnglishAsync(HttpContext context, ShareImages images, PublicAddress address, string? folder, string file) =>
        HandleAsync(context, images, address, folder, file, english: true);

    private static async Task<IResult> HandleAsync(HttpContext context, ShareImages images, PublicAddress address, string? folder, string file, bool english)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(address);
        ShareImageKind kind;
        string? slug = null;
        if (folder is null)
        {
            if (!ShareImageAddress.IsSiteFile(file, english))
            {
                return Results.NotFound();
            }

            kind = ShareImageKind.Site;
        }
        else if (ShareImageAddress.TryParse(folder, file, english, out kind, out var parsed))
        {
            slug = parsed;
        }
        else
        {
            return Results.NotFound();
        }

        // The language is the address's, whatever else the request says.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = english ? SiteLanguage.English : SiteLanguage.Vietnamese;
        var image = await images.ImageAsync(kind, slug, address.Host(context.Request), context.RequestAborted).ConfigureAwait(false);
        if (image is not { } found)
        {
            return Results.NotFound();
        }

        var etag = new EntityTagHeaderValue("\"" + found.Fingerprint + "\"");
        var headers = context.Response.Headers;
        headers.ETag = etag.ToString();
        headers.CacheControl = CacheControl;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(a => a.Equals(EntityTagHeaderValue.Any) || a.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.File(found.File, "image/png");
    }
}
