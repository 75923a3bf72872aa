using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>Products in the editorial workflow: snapshots are <see cref="ProductFile"/>s.</summary>
public sealed class ProductContent(OcopDbContext db, ProductSyncHandler sync) : SluggedContent<ProductFile, Product>(db)
{
    public const string PathSegment = "san-pham";

    /// <summary>The type's uSync handler, whose mapping and file checks the workflow and the edit page share.</summary>
    public ProductSyncHandler Sync => sync;

    public override ContentItemType Type => ContentItemType.Product;

    public override string Segment => PathSegment;

    public override string? PublicPath(string slug) => $"/san-pham/{slug}";

    public override string? PublicPageName => "/Catalogue/ProductDetail";

    public override Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Products.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new EditorialItem(ContentItemType.Product, p.Id, p.Name, p.Slug, p.ProducerId, p.State))
            .SingleOrDefaultAsync(cancellationToken);

    public override async Task<string?> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await Db.Products.Include(p => p.SalesPoints).SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return null;
        }

        // Batches (and with them their scan log) and certificates belong to the product and go with it.
        Db.TraceBatches.RemoveRange(await Db.TraceBatches.Where(b => b.ProductId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
        product.SalesPoints.Clear();
        Db.Products.Remove(product);
        return null;
    }

    protected override Task<Product?> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.Products.Include(p => p.SalesPoints).Where(p => p.Id == id);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    protected override ProductFile ToFile(Product entity) => sync.ToFile(entity);

    protected override Task ApplyAsync(ProductFile file, Product entity, CancellationToken cancellationToken) =>
        sync.ApplyAsync(file, entity, cancellationToken);

    protected override SnapshotFacts Facts(ProductFile file) => new(file.Key, file.Name, file.Slug, file.Producer);

    protected override async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, ProductFile file, CancellationToken cancellationToken)
    {
        List<(string, string)> problems = [.. await base.CheckAsync(id, file, cancellationToken).ConfigureAwait(false)];
        if (file.Gtin is { } gtin && await Db.Products.AnyAsync(p => p.Gtin == gtin && p.Id != id, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(("gtin", "Workflow.Problem.GtinTaken"));
        }

        if (file.TraceCode is { } code && await Db.Products.AnyAsync(p => p.TraceCode == code && p.Id != id, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(("traceCode", "Workflow.Problem.TraceCodeTaken"));
        }

        if (file.Producer is { } producer && !await Db.Producers.AnyAsync(p => p.Id == producer, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(("producer", "Workflow.Problem.UnknownProducer"));
        }

        var wanted = file.SalesPoints;
        if (wanted.Count > 0 && await Db.SalesPoints.CountAsync(s => wanted.Contains(s.Id), cancellationToken).ConfigureAwait(false) != wanted.Count)
        {
            problems.Add(("salesPoints", "Workflow.Problem.UnknownSalesPoint"));
        }

        return problems;
    }
}
