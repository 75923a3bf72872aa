using Microsoft.AspNetCore.OutputCaching;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Drops every cached public page when anything is published or unpublished. A product shows in its own page,
/// its producer's, the catalogue and home lists, search results, sales points, other products' "related" lists
/// and its stamp addresses' linksets, so per-item eviction would have to know every page that mentions an item;
/// publishing is rare next to reading, and a cold page is still quick, so all of them go. QR images of stamps
/// depend on their address only and go only when a stamp's codes change (<see cref="StampImages"/>).
/// </summary>
/// <remarks>Registered after the other handlers (Program.cs adds page caching last), so the pages rendered after
/// the eviction read the refreshed catalogue list and search index, not the ones about to be replaced.</remarks>
public sealed class PageCacheEviction(IOutputCacheStore store, PageCacheGeneration generation, StampImages stamps, OcopDbContext db)
    : IContentPublishedHandler
{
    public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        generation.Advance();
        await store.EvictByTagAsync(PublicPageCachePolicy.ContentTag, cancellationToken).ConfigureAwait(false);
        await stamps.FollowAsync(notification, db, store, cancellationToken).ConfigureAwait(false);
    }
}
