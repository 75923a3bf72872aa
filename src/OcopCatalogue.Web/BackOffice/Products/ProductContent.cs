using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>Products in the editorial workflow: snapshots are <see cref="ProductFile"/>s. Removing a product takes its
/// batches with it; its slug, GTIN and trace code are its own, and its producer and sales points must exist.</summary>
public sealed class ProductContent(OcopDbContext db, ProductSyncHandler sync)
    : SluggedContent<ProductFile, Product>(db, sync, PathSegment, publicFolder: "/san-pham", publicPage: "/Catalogue/ProductDetail")
{
    public const string PathSegment = "san-pham";

    public override ProductFile NewFile(Guid key) => new() { Key = key, State = PublicationState.Draft };

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

    protected override Expression<Func<Product, EditorialItem>> Item =>
        p => new EditorialItem(ContentItemType.Product, p.Id, p.Name, p.Slug, p.ProducerId, p.State);

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
