using Microsoft.AspNetCore.OutputCaching;
using OcopCatalogue.Web.Content.Publishing;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Drops every cached public page when anything is published or unpublished. A product shows in its own page,
/// its producer's, the catalogue and home lists, search results, sales points, other products' "related" lists,
/// its scan pages and its QR images, so per-item eviction would have to know every page that mentions an item;
/// publishing is rare next to reading, and a cold page is still quick, so all of them go.
/// </summary>
/// <remarks>Registered after the other handlers (Program.cs adds page caching last), so the pages rendered after
/// the eviction read the refreshed catalogue list and search index, not the ones about to be replaced.</remarks>
public sealed class PageCacheEviction(IOutputCacheStore store, PageCacheGeneration generation) : IContentPublishedHandler
{
    public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        generation.Advance();
        await store.EvictByTagAsync(PublicPageCachePolicy.ContentTag, cancellationToken).ConfigureAwait(false);
    }
}
