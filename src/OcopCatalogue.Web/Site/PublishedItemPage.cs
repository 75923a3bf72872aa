using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// A public page of one published item at its slug (a product, producer, sales point, content page, label sheet):
/// a slug that is not well formed, names nothing or names an item that is not published answers with the 404 page;
/// otherwise the page shows what it found. A preview (docs/decisions/0009) comes through the same handler, and finds
/// the draft its transaction published.
/// </summary>
/// <typeparam name="TItem">What the page reads of the item.</typeparam>
public abstract class PublishedItemPage<TItem> : PageModel
    where TItem : class
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(slug) || await FindAsync(slug, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        await ShowAsync(item, cancellationToken);
        return Page();
    }

    /// <summary>The published item at the well-formed <paramref name="slug"/>, or null.</summary>
    protected abstract Task<TItem?> FindAsync(string slug, CancellationToken cancellationToken);

    /// <summary>Takes what the page shows from the item, and loads what the page lists beside it.</summary>
    protected abstract Task ShowAsync(TItem item, CancellationToken cancellationToken);
}
