using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Search;

/// <summary>Keeps the search index in step with published content, without a restart.</summary>
public sealed class SearchIndexRefresh(SearchIndex index, SearchIndexer indexer, OcopDbContext db) : IContentPublishedHandler
{
    public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!await index.EnsureSchemaAsync(cancellationToken))
        {
            // A new (or outdated) index file: fill it from the store rather than piecemeal.
            await indexer.RebuildAsync(cancellationToken);
            return;
        }

        var ids = notification.IdsOf(ContentItemType.Product)
            .Concat(notification.IdsOf(ContentItemType.Producer))
            .Concat(notification.IdsOf(ContentItemType.SalesPoint))
            .ToHashSet();
        var producers = notification.IdsOf(ContentItemType.Producer).ToList();
        if (producers.Count > 0)
        {
            // A product's document carries its producer's name and locality.
            ids.UnionWith(await db.Products.AsNoTracking()
                .Where(p => p.ProducerId != null && producers.Contains(p.ProducerId.Value))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken));
        }

        if (ids.Count > 0)
        {
            await indexer.RefreshAsync(ids, cancellationToken);
        }
    }
}
