using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// <c>/media/{id}/{width}.{webp|jpg}</c>: a rendition of a Ready library photo, made from the original when not
/// cached yet. Anything else (an unknown id, a width not made for that photo, another extension) is a 404.
/// </summary>
public static class MediaEndpoint
{
    // A rendition's bytes never change for its URL (a new photo is a new id), so browsers and proxies keep it a year.
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static async Task<IResult> HandleAsync(
        Guid id, string file, HttpContext context, OcopDbContext db, MediaRenderer renderer, IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(lifetime);
        if (MediaRendition.Parse(file) is not { } rendition)
        {
            return Results.NotFound();
        }

        var item = await db.MediaItems.AsNoTracking()
            .Where(m => m.Id == id && m.State == MediaState.Ready)
            .Select(m => new { m.Format, m.Width })
            .SingleOrDefaultAsync(context.RequestAborted);
        if (item is null || !renderer.Serves(item.Width, rendition))
        {
            return Results.NotFound();
        }

        // Made on demand when missing (a fresh node, a cleared cache); not tied to this request, whose peers may share the run.
        var path = await renderer.EnsureAsync(id, item.Format, item.Width, rendition, lifetime.ApplicationStopping);
        if (path is null)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var info = new FileInfo(path);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(path, rendition.ContentType, lastModified: info.LastWriteTimeUtc, entityTag: etag);
    }
}
