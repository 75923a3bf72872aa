using OcopCatalogue.Web.Content;
using OcopCatalogue.Web.Content.Publishing;

namespace OcopCatalogue.Web.Catalogue;

public static class CatalogueExtensions
{
    public static WebApplicationBuilder AddCatalogue(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublishedCatalogue>();
        builder.Services.AddContentPublishedHandler<PublishedCatalogueRefresh>();
        builder.Services.AddSyncHandler<ProducerSyncHandler>().AddSyncHandler<ProductSyncHandler>().AddSyncHandler<CertificateSyncHandler>();
        return builder;
    }
}
