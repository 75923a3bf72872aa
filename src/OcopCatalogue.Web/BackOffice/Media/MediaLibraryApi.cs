using System.Globalization;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>
/// <c>GET /backoffice/api/media?q=&amp;page=</c>: Ready library photos for the story editor's image picker, newest
/// first, 24 a page, as a JSON array of <c>{ id, url, width, height, alt, altEn, thumbnailUrl, fileName,
/// originalWidth, originalHeight, srcsetWebp, srcsetJpeg }</c>, where <c>url</c> is the JPEG to insert and
/// <c>width</c>/<c>height</c> its size. The paging is in the headers <c>X-Total-Count</c>, <c>X-Page</c> and
/// <c>X-Page-Count</c>. Any member of staff, each seeing the photos the library page shows them.
/// </summary>
public static class MediaLibraryApi
{
    public const string Path = BackOfficeExtensions.ApiPrefix + "/media";
    public const int PageSize = 24;

    /// <summary>The width inserted into stories: a story column is never wider than this.</summary>
    public const int InsertWidth = 960;

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, HandleAsync).RequireAuthorization(BackOfficePolicies.Write);
    }

    public static async Task<IResult> HandleAsync(HttpContext context, MediaLibrary library, MediaRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(renderer);
        var query = context.Request.Query;
        var q = query["q"].ToString().Trim();
        // A malformed page number is the first page, never a 400.
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var result = await library.SearchAsync(q.Length > 200 ? q[..200] : q, page, PageSize, readyOnly: true, StaffMediaViewer.Of(context.User), context.RequestAborted);
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Total-Count"] = result.Total.ToString(CultureInfo.InvariantCulture);
        headers["X-Page"] = result.Page.ToString(CultureInfo.InvariantCulture);
        headers["X-Page-Count"] = result.PageCount.ToString(CultureInfo.InvariantCulture);
        return Results.Json(result.Items.Select(item =>
        {
            var widths = renderer.WidthsFor(item.Width);
            var insert = widths.Where(w => w <= InsertWidth).DefaultIfEmpty(widths[0]).Max();
            return new
            {
                id = item.Id,
                url = MediaUrls.Rendition(item.Id, insert, MediaFormat.Jpeg),
                width = insert,
                height = (int)Math.Max(1, Math.Round((double)item.Height * insert / Math.Max(1, item.Width))),
                alt = item.Alt,
                altEn = item.AltEn,
                thumbnailUrl = MediaUrls.Rendition(item.Id, widths[0], MediaFormat.Jpeg),
                fileName = item.OriginalFileName,
                originalWidth = item.Width,
                originalHeight = item.Height,
                srcsetWebp = MediaUrls.Srcset(item.Id, widths, MediaFormat.WebP),
                srcsetJpeg = MediaUrls.Srcset(item.Id, widths, MediaFormat.Jpeg),
            };
        }));
    }
}
