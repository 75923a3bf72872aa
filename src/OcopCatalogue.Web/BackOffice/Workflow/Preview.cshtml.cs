using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using OcopCatalogue.Web.Editorial;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>
/// A version of an item rendered by its real public page, for signed-in staff within their scope only
/// (<see cref="PreviewRendering"/>); never cached, never indexed, with a visible preview banner.
/// </summary>
public sealed class PreviewModel(EditorialQueries queries, EditorialContentTypes types, PreviewRendering rendering) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, Guid id, string? version, CancellationToken cancellationToken)
    {
        if (types.FindBySegment(kind) is not { } found
            || await queries.FindAsync(User, found.Type, id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        var snapshot = entry.WorkingSnapshot;
        int? number = entry.Newest?.Number;
        if (int.TryParse(version, out var asked))
        {
            if (await queries.VersionAsync(found.Type, id, asked, cancellationToken) is not { } chosen)
            {
                return NotFound();
            }

            snapshot = chosen.Snapshot;
            number = chosen.Number;
        }

        // Whatever the public page says about caching, a draft must never be stored by a browser or proxy.
        Response.OnStarting(() =>
        {
            Response.Headers[HeaderNames.CacheControl] = "no-store, private";
            Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            return Task.CompletedTask;
        });
        var marker = new PreviewMarker(entry.Item.Name, number, $"/backoffice/lich-su/{found.Segment}/{id}");
        return await rendering.RenderAsync(HttpContext, found, id, snapshot, marker, cancellationToken) ? new EmptyResult() : NotFound();
    }
}
