using Microsoft.AspNetCore.OutputCaching;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Search;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.Traceability.Stamps;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Everything this server derives from the store, made again from it: the search index (and the facts and
/// vocabulary that follow its generation), the catalogue list, the scan targets, the issued stamps, every cached page
/// and QR image.
/// What a server does when replaying would cost more than rebuilding, or when what it missed is no longer recorded.
/// </summary>
public sealed class DerivedContentRebuild(
    IServiceScopeFactory scopes,
    PublishedCatalogue catalogue,
    ScanTargets scanTargets,
    IssuedSerials issuedSerials,
    PageCacheGeneration pages,
    StampImages stamps,
    IOutputCacheStore cache)
{
    /// <summary>Rebuilds; returns how many documents the search index holds.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        int documents;
        await using (var scope = scopes.CreateAsyncScope())
        {
            documents = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(cancellationToken).ConfigureAwait(false);
        }

        catalogue.Invalidate();
        scanTargets.Forget();
        issuedSerials.ForgetAll();
        // Pages last, so the ones rendered after the eviction read the new list and index.
        pages.Advance();
        await cache.EvictByTagAsync(PublicPageCachePolicy.ContentTag, cancellationToken).ConfigureAwait(false);
        await stamps.ForgetAllAsync(cache, cancellationToken).ConfigureAwait(false);
        return documents;
    }
}
