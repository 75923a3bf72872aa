using OcopCatalogue.Web.Content.Publishing;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>Any published change may show in the catalogue (a product, its producer, a certificate), so each one drops the list.</summary>
public sealed class PublishedCatalogueRefresh(PublishedCatalogue catalogue) : IContentPublishedHandler
{
    public Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        catalogue.Invalidate();
        return Task.CompletedTask;
    }
}
