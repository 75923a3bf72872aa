using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>
/// Batches in the editorial workflow: snapshots are <see cref="BatchFile"/>s. A batch belongs to its product's
/// producer (for <see cref="StaffScope"/>). Its public page is the scan page of its GS1 Digital Link
/// (<c>/01/{gtin}/10/{lot}</c>), or of its short-code form (<c>/t/{code}/10/{lot}</c>) when the product has no GTIN
/// but a trace code; the item's "slug" is that path
/// without its first slash. The scan page reads the address the phone asked for, not a route value, so it cannot
/// be rendered as a preview: batches have none (<see cref="PublicPageName"/> is null). Removing a batch takes its
/// scan records with it (the table's foreign key cascades).
/// </summary>
public sealed class BatchContent(OcopDbContext db, BatchSyncHandler sync) : EditorialContent<BatchFile, TraceBatch>(db, sync, PathSegment)
{
    public const string PathSegment = "lo-hang";

    /// <summary>What a snapshot's facts need of its product, looked up once per product and request.</summary>
    private readonly Dictionary<Guid, ProductFacts?> _products = [];

    public override string? PublicPath(string slug) =>
        slug.StartsWith("01/", StringComparison.Ordinal) || slug.StartsWith("t/", StringComparison.Ordinal) ? "/" + slug : null;

    public override string? PublicPageName => null;

    public override async Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = await Db.TraceBatches.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new { b.Id, b.ProductId, b.LotCode, b.State })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (batch is null)
        {
            return null;
        }

        var product = await ProductAsync(batch.ProductId, cancellationToken).ConfigureAwait(false);
        return new EditorialItem(ContentItemType.Batch, batch.Id, Name(product, batch.LotCode), Address(product, batch.LotCode), product?.ProducerId, batch.State);
    }

    /// <summary>The batch's name in lists and the workflow: "{product} · {lot}".</summary>
    public static string Name(string? productName, string lot) => $"{productName ?? "?"} · {lot}";

    public override BatchFile NewFile(Guid key) => new() { Key = key, State = PublicationState.Draft };

    /// <summary>
    /// Whose batch it is comes from its product, which the file names by key. Facts are read synchronously (the
    /// workflow asks for them so), from a per-request cache the edit page fills ahead with <see cref="ReadAheadAsync"/>.
    /// </summary>
    protected override SnapshotFacts Facts(BatchFile file)
    {
        if (!_products.TryGetValue(file.Product, out var product))
        {
            product = Db.Products.AsNoTracking().Where(p => p.Id == file.Product)
                .Select(p => new ProductFacts(p.Name, p.ProducerId, p.Gtin, p.TraceCode)).SingleOrDefault();
            _products[file.Product] = product;
        }

        return new SnapshotFacts(file.Key, Name(product, file.LotCode), Address(product, file.LotCode), product?.ProducerId);
    }

    public override Task ReadAheadAsync(BatchFile file, CancellationToken cancellationToken) =>
        ProductAsync(file.Product, cancellationToken);

    protected override async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, BatchFile file, CancellationToken cancellationToken)
    {
        if (await ProductAsync(file.Product, cancellationToken).ConfigureAwait(false) is null)
        {
            return [("product", "Batches.Problem.UnknownProduct")];
        }

        return await Db.TraceBatches.AnyAsync(b => b.ProductId == file.Product && b.LotCode == file.LotCode && b.Id != id, cancellationToken).ConfigureAwait(false)
            ? [("lotCode", "Batches.Problem.LotTaken")]
            : [];
    }

    /// <summary>The product's name, producer and GTIN, or null when there is no such product; cached for the request.</summary>
    public async Task<ProductFacts?> ProductAsync(Guid productId, CancellationToken cancellationToken)
    {
        if (!_products.TryGetValue(productId, out var product))
        {
            product = await Db.Products.AsNoTracking().Where(p => p.Id == productId)
                .Select(p => new ProductFacts(p.Name, p.ProducerId, p.Gtin, p.TraceCode)).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            _products[productId] = product;
        }

        return product;
    }

    private static string Name(ProductFacts? product, string lot) => Name(product?.Name, lot);

    /// <summary>
    /// The batch's stamp path without its first slash (its Digital Link, or the short-code form for a product without a
    /// GTIN), or "" when it has none (neither code, a lot GS1 refuses).
    /// </summary>
    private static string Address(ProductFacts? product, string lot) =>
        product is null ? "" : StampAddress.ForBatch(product.Gtin, product.TraceCode, lot)?[1..] ?? "";
}
