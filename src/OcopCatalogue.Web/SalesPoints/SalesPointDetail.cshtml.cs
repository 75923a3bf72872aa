using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.SalesPoints;

public sealed class SalesPointDetailModel(OcopDbContext db, TimeProvider clock) : PublishedItemPage<SalesPoint>
{
    public SalesPoint SalesPoint { get; private set; } = null!;
    public IReadOnlyList<CatalogueEntry> Products { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Older than this, or never verified, and the page asks visitors to check before travelling.</summary>
    public const int VerifiedFreshForMonths = 12;

    public bool VerificationIsStale => SalesPoint.LastVerified is not { } verified || verified.AddMonths(VerifiedFreshForMonths) < Today;

    protected override Task<SalesPoint?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.SalesPoints.PublishedAtAsync(slug, cancellationToken);

    protected override async Task ShowAsync(SalesPoint item, CancellationToken cancellationToken)
    {
        // The schedule column is nullable: a place stored without hours reads back with none.
        item.Schedule ??= new OpeningSchedule();
        SalesPoint = item;
        Now = clock.GetUtcNow();
        Today = VietnamTime.Today(clock);
        var id = item.Id;
        var products = await PublishedProducts.LoadAsync(db, Today, p => p.SalesPoints.Any(s => s.Id == id), cancellationToken);
        Products = products.FeaturedFirst(SiteFormat.NameOrder).ToList();
    }
}
