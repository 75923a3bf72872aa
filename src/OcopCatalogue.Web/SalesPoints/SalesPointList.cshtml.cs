using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.SalesPoints;

public sealed class SalesPointListModel(SalesPointDirectory directory, TimeProvider clock, IOptions<MapOptions> map) : PageModel
{
    public IReadOnlyList<SalesPointEntry> SalesPoints { get; private set; } = [];
    public int TotalCount { get; private set; }
    public SalesPointFilter Filter { get; private set; } = new();
    /// <summary>Localities present in the directory, for the locality filter.</summary>
    public IReadOnlyList<(string Key, string Name, bool AsPublished)> Localities { get; private set; } = [];
    /// <summary>Localities with a known centre, for the "near" chooser.</summary>
    public IReadOnlyList<LocalityCentre> Centres { get; private set; } = [];
    /// <summary>Products stocked somewhere, for the product filter.</summary>
    public IReadOnlyList<StockedProduct> Products { get; private set; } = [];
    public IReadOnlyList<OcopGroup> Groups { get; private set; } = [];
    public LocalityCentre? NearCentre { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public MapOptions Map => map.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var all = await directory.LoadAsync(cancellationToken);
        Centres = await directory.LocalityCentresAsync(cancellationToken);
        TotalCount = all.Count;
        Localities = all.Where(e => e.LocalityKey.Length > 0)
            .GroupBy(e => e.LocalityKey, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Place.Name, g.First().Place.AsPublished))
            .OrderBy(l => l.AsPublished).ThenBy(l => l.Name, Site.SiteFormat.NameOrder)
            .ToList();
        Products = all.SelectMany(e => e.Products).DistinctBy(p => p.Slug).OrderBy(p => p.Name, Site.SiteFormat.NameOrder).ToList();
        Groups = Products.Select(p => p.Group).Distinct().Order().ToList();

        // Unknown choices are dropped, so a stale link still shows a sensible list.
        var filter = SalesPointFilter.From(Request.Query);
        Filter = filter with
        {
            Locality = Localities.Any(l => l.Key == filter.Locality) ? filter.Locality : null,
            Product = Products.Any(p => p.Slug == filter.Product) ? filter.Product : null,
            Near = Centres.Any(c => c.Key == filter.Near) ? filter.Near : null,
        };
        NearCentre = Centres.FirstOrDefault(c => c.Key == Filter.Near);
        var shown = Filter.Apply(all);
        SalesPoints = NearCentre is { } centre ? SalesPointDirectory.NearestFirst(shown, centre.Centre) : shown.ToList();
    }
}
