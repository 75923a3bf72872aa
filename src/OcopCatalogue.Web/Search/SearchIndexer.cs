namespace OcopCatalogue.Web.Search;

/// <summary>Keeps the search index in step with the content store.</summary>
public sealed class SearchIndexer(SearchIndex index, SearchDocumentSource source)
{
    /// <summary>Rebuilds the whole index from the content store; returns how many documents it holds.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await index.EnsureSchemaAsync(cancellationToken);
        var documents = await source.LoadAsync(cancellationToken: cancellationToken);
        await index.ReplaceAllAsync(documents, cancellationToken);
        return documents.Count;
    }

    /// <summary>
    /// Re-reads the given items: published ones are (re)indexed, the rest (unpublished, deleted) removed.
    /// A product's document carries its producer's name, so a producer's products are refreshed with it.
    /// </summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var documents = await source.LoadAsync(itemIds, cancellationToken);
        await index.UpdateAsync(documents, itemIds.Except(documents.Select(d => d.ItemId)), cancellationToken);
    }
}
