using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Traceability;

/// <summary>Batches and products change only by publishing, so each publish empties <see cref="ScanTargets"/>.</summary>
public sealed class ScanTargetsRefresh(ScanTargets targets) : IContentPublishedHandler
{
    public Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        targets.Forget();
        return Task.CompletedTask;
    }
}
