using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// Stamps issued or revoked on any node reach this node's <see cref="IssuedSerials"/> here, through the publish (or
/// its replayed cache instruction) that names the batch's stamps. Runs before the page cache is emptied, so a scan
/// page rendered after the eviction already knows the new serials.
/// </summary>
public sealed class IssuedSerialsRefresh(IssuedSerials serials) : IContentPublishedHandler
{
    public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        foreach (var batchId in notification.IdsOf(ContentItemType.Stamps).Distinct())
        {
            await serials.ReloadAsync(batchId).ConfigureAwait(false);
        }
    }
}
