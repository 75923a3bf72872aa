using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Catalogue;

public sealed class ProducerDetailModel(OcopDbContext db, TimeProvider clock) : PublishedItemPage<Producer>
{
    public Producer Producer { get; private set; } = null!;
    public IReadOnlyList<CatalogueEntry> Products { get; private set; } = [];

    protected override Task<Producer?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Producers.PublishedAtAsync(slug, cancellationToken);

    protected override async Task ShowAsync(Producer item, CancellationToken cancellationToken)
    {
        Producer = item;
        var id = item.Id;
        var products = await PublishedProducts.LoadAsync(db, VietnamTime.Today(clock), p => p.ProducerId == id, cancellationToken);
        Products = products.FeaturedFirst(SiteFormat.NameOrder).ToList();
    }
}
