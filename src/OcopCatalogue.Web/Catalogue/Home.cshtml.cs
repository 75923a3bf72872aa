using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Catalogue;

public sealed class HomeModel(PublishedCatalogue catalogue) : PageModel
{
    public const int FeaturedCount = 6;

    public IReadOnlyList<CatalogueEntry> Featured { get; private set; } = [];
    public IReadOnlyList<FacetCount<OcopGroup>> Groups { get; private set; } = [];
    public IReadOnlyList<FacetCount<StarRating>> Stars { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = await catalogue.EntriesAsync(cancellationToken);
        var all = CatalogueFilter.None.Apply(entries, SiteFormat.NameOrder);
        Total = all.Total;
        Groups = all.Groups;
        Stars = all.Stars;
        Featured = entries.FeaturedFirst(SiteFormat.NameOrder).Take(FeaturedCount).ToList();
    }
}
