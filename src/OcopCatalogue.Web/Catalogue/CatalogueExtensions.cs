using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

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
