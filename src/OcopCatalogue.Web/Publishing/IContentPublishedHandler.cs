namespace OcopCatalogue.Web.Publishing;

/// <summary>
/// A feature's reaction to published content. Register with
/// <see cref="ContentPublishingServiceCollectionExtensions.AddContentPublishedHandler{THandler}"/>;
/// handlers are resolved per notification from a DI scope, so they may use the <c>OcopDbContext</c>.
/// </summary>
public interface IContentPublishedHandler
{
    Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken);
}
