using System.Globalization;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>
/// <c>GET /backoffice/api/media?q=&amp;page=</c>: Ready library photos as JSON for the story editor's image picker
/// (id, alt texts, size, a thumbnail, a URL to insert and the srcsets), newest first, 24 a page. Any member of staff.
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
        var result = await library.SearchAsync(q.Length > 200 ? q[..200] : q, page, PageSize, readyOnly: true, context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            items = result.Items.Select(item =>
            {
                var widths = renderer.WidthsFor(item.Width);
                var insert = widths.Where(w => w <= InsertWidth).DefaultIfEmpty(widths[0]).Max();
                return new
                {
                    id = item.Id,
                    alt = item.Alt,
                    altEn = item.AltEn,
                    width = item.Width,
                    height = item.Height,
                    fileName = item.OriginalFileName,
                    thumbnailUrl = MediaUrls.Rendition(item.Id, widths[0], MediaFormat.Jpeg),
                    url = MediaUrls.Rendition(item.Id, insert, MediaFormat.Jpeg),
                    urlWidth = insert,
                    urlHeight = (int)Math.Round((double)item.Height * insert / Math.Max(1, item.Width)),
                    srcsetWebp = MediaUrls.Srcset(item.Id, widths, MediaFormat.WebP),
                    srcsetJpeg = MediaUrls.Srcset(item.Id, widths, MediaFormat.Jpeg),
                };
            }),
            total = result.Total,
            page = result.Page,
            pageCount = result.PageCount,
        });
    }
}
