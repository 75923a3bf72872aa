using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Catalogue;

public sealed class ProductListModel(PublishedCatalogue catalogue) : PageModel
{
    public CatalogueResult Result { get; private set; } = null!;

    public CatalogueFilter Filter => Result.Filter;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read by hand rather than model-bound: every malformed value is simply ignored, none is an error.
        var filter = CatalogueFilter.FromQuery(Request.Query);
        var entries = await catalogue.EntriesAsync(cancellationToken);
        Result = filter.Apply(entries, SiteFormat.NameOrder);
    }
}
