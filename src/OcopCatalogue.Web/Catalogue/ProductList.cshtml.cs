using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Catalogue;

public sealed class ProductListModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public CatalogueResult Result { get; private set; } = null!;

    public CatalogueFilter Filter => Result.Filter;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Read by hand rather than model-bound: every malformed value is simply ignored, none is an error.
        var filter = CatalogueFilter.FromQuery(Request.Query);
        var entries = await PublishedProducts.LoadAsync(db, VietnamTime.Today(clock), cancellationToken: cancellationToken);
        Result = filter.Apply(entries, SiteFormat.NameOrder);
    }
}
