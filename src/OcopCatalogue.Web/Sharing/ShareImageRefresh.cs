using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Sharing;

/// <summary>
/// Deletes the cards of what was published, so each is drawn again from the published version on its next request.
/// Runs on every server (replayed cache instructions call it too), since each keeps its own cards. A product's card
/// names its producer, so a producer's publish takes its products' cards too; a certificate's names its product.
/// The card's fingerprint would catch a stale file anyway; this keeps the folder from holding cards nobody asks for.
/// </summary>
public sealed class ShareImageRefresh(ShareImageRenderer renderer, OcopDbContext db) : IContentPublishedHandler
{
    public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var producers = notification.IdsOf(ContentItemType.Producer).ToList();
        var products = notification.IdsOf(ContentItemType.Product).ToHashSet();
        if (producers.Count > 0)
        {
            products.UnionWith(await db.Products.AsNoTracking()
                .Where(p => p.ProducerId != null && producers.Contains(p.ProducerId.Value))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        foreach (var id in products)
        {
            renderer.Forget(ShareImageKind.Product, id.ToString("D"));
        }

        foreach (var id in producers)
        {
            renderer.Forget(ShareImageKind.Producer, id.ToString("D"));
        }

        foreach (var id in notification.IdsOf(ContentItemType.SalesPoint))
        {
            renderer.Forget(ShareImageKind.SalesPoint, id.ToString("D"));
        }
    }
}
