using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// A published change may show in the catalogue (a product, its producer, a certificate): the list follows it before
/// the publish is acknowledged, reading again only what the change names (<see cref="PublishedCatalogue.ApplyAsync"/>).
/// </summary>
public sealed class PublishedCatalogueRefresh(PublishedCatalogue catalogue) : IContentPublishedHandler
{
    public Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken) =>
        catalogue.ApplyAsync(notification, cancellationToken);
}
