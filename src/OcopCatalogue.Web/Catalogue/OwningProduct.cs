using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// What the sync handlers of items that belong to a product (certificates, batches) share: their files are named
/// after the product's slug, and a file naming a product the store does not hold is refused.
/// </summary>
public static class OwningProduct
{
    /// <summary>The slugs of the products <paramref name="productIds"/> name, by id.</summary>
    public static Task<Dictionary<Guid, string>> SlugsAsync(OcopDbContext db, IEnumerable<Guid> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = productIds.Distinct().ToList();
        return db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken);
    }

    /// <summary>The stored product <paramref name="key"/> names, or null with the problem added to <paramref name="file"/>.</summary>
    public static async Task<Product?> FindAsync(OcopDbContext db, IncomingFile file, Guid key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == key, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            file.Fail("product", $"product {key} is not a known product key; is its file in uSync/{ProductSyncHandler.FolderName} and free of errors?");
        }

        return product;
    }
}
