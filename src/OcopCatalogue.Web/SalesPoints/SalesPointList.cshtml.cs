using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SalesPoints;

public sealed class SalesPointListModel(OcopDbContext db) : PageModel
{
    public IReadOnlyList<SalesPointSummary> SalesPoints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var points = await db.SalesPoints.AsNoTracking()
            .Where(s => s.State == PublicationState.Published)
            .Select(s => new SalesPointSummary
            {
                Slug = s.Slug,
                Name = s.Name,
                Kind = s.Kind,
                Address = s.Address,
                ProductCount = s.Products.Count(p => p.State == PublicationState.Published),
            })
            .ToListAsync(cancellationToken);
        SalesPoints = points.OrderBy(s => s.Name, SiteFormat.NameOrder).ToList();
    }
}
