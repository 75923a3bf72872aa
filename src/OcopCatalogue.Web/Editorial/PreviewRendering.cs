using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// Renders the real public page of an item as a version would make it, for staff only (docs/decisions/0009): the
/// version is applied as published inside a database transaction, the public page's own endpoint renders it with
/// this request's database context (so it reads the uncommitted draft), and the transaction is rolled back. Nothing
/// is committed, no notification is raised, and no other request can see the draft.
/// </summary>
public sealed class PreviewRendering(OcopDbContext db, EndpointDataSource endpoints, TimeProvider clock)
{
    /// <summary>Writes the preview to the response; false when the type has no public page to render.</summary>
    public async Task<bool> RenderAsync(HttpContext context, IEditorialContent kind, Guid id, string snapshot, PreviewMarker marker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(marker);
        if (kind.PublicPageName is not { } pageName || FindEndpoint(pageName) is not { RequestDelegate: { } render } endpoint)
        {
            return false;
        }

        var slug = kind.Describe(snapshot).Slug;
        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var originalPath = context.Request.Path;
            var originalEndpoint = context.GetEndpoint();
            var originalValues = context.Request.RouteValues;
            try
            {
                await kind.ApplyAsync(id, snapshot, PublicationState.Published, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();

                // The public page, as if it had been asked for at its own address (its links and language switch use it).
                context.Request.Path = kind.PublicPath(slug);
                context.Request.RouteValues = new RouteValueDictionary { ["page"] = pageName, ["slug"] = slug };
                context.SetEndpoint(endpoint);
                marker.Set(context);
                await render(context).ConfigureAwait(false);
            }
            finally
            {
                PreviewMarker.Clear(context);
                context.SetEndpoint(originalEndpoint);
                context.Request.RouteValues = originalValues;
                context.Request.Path = originalPath;
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                db.ChangeTracker.Clear();
            }
        }

        return true;
    }

    /// <summary>The page's Vietnamese route (the English site adds a second route under /en to the same page).</summary>
    private RouteEndpoint? FindEndpoint(string pageName) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == pageName)
            .OrderBy(e => IsEnglish(e.RoutePattern) ? 1 : 0)
            .FirstOrDefault();

    private static bool IsEnglish(RoutePattern pattern) =>
        pattern.PathSegments.Count > 0 && pattern.PathSegments[0].Parts is [RoutePatternLiteralPart { Content: "en" }];
}
