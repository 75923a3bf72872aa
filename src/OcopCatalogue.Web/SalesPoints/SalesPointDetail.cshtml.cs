using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SalesPoints;

public sealed class SalesPointDetailModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public SalesPointDetails SalesPoint { get; private set; } = null!;
    public IReadOnlyList<CatalogueEntry> Products { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Older than this, or never verified, and the page asks visitors to check before travelling.</summary>
    public const int VerifiedFreshForMonths = 12;

    public bool VerificationIsStale => SalesPoint.LastVerified is not { } verified || verified.AddMonths(VerifiedFreshForMonths) < Today;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!OcopCatalogue.Core.Text.Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var point = await db.SalesPoints.AsNoTracking()
            .Where(s => s.Slug == slug && s.State == PublicationState.Published)
            .Select(s => new SalesPointDetails
            {
                Id = s.Id,
                Slug = s.Slug,
                Name = s.Name,
                Kind = s.Kind,
                Operator = s.Operator,
                Address = s.Address,
                Latitude = s.Latitude,
                Longitude = s.Longitude,
                OpeningHours = s.OpeningHours,
                Schedule = s.Schedule,
                Photos = s.Photos,
                LastVerified = s.LastVerified,
                Phone = s.Phone,
                Description = s.Description,
                NameEn = s.NameEn,
                DescriptionEn = s.DescriptionEn,
                Source = s.Source,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (point is null)
        {
            return NotFound();
        }

        SalesPoint = point with { Schedule = point.Schedule ?? new OcopCatalogue.Core.SalesPoints.OpeningSchedule() };
        Now = clock.GetUtcNow();
        Today = VietnamTime.Today(clock);
        var id = point.Id;
        var products = await PublishedProducts.LoadAsync(db, VietnamTime.Today(clock), p => p.SalesPoints.Any(s => s.Id == id), cancellationToken);
        Products = products.FeaturedFirst(SiteFormat.NameOrder).ToList();
        return Page();
    }
}
