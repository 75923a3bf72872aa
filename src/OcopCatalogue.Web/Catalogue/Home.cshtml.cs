using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

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
        // Plain counts: what CatalogueFilter.None.Apply gives, without ordering every name for a page that lists none.
        var groups = new Dictionary<OcopGroup, int>();
        var stars = new Dictionary<StarRating, int>();
        foreach (var entry in entries)
        {
            groups[entry.Group] = groups.GetValueOrDefault(entry.Group) + 1;
            if (entry.Stars is { } s)
            {
                stars[s] = stars.GetValueOrDefault(s) + 1;
            }
        }

        Total = entries.Count;
        Groups = Enum.GetValues<OcopGroup>().Select(g => new FacetCount<OcopGroup>(g, groups.GetValueOrDefault(g))).ToList();
        Stars = Enum.GetValues<StarRating>().Select(s => new FacetCount<StarRating>(s, stars.GetValueOrDefault(s))).ToList();
        Featured = (await catalogue.FeaturedFirstAsync(cancellationToken)).Take(FeaturedCount).ToList();
    }
}
