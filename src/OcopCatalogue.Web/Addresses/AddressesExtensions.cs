using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Addresses;

public static class AddressesExtensions
{
    /// <summary>Addresses after the 2025 reorganisation: the locality mappings of <c>uSync/localities/</c>. The units
    /// of today themselves live on each address; pages, filters and search read them from there.</summary>
    public static WebApplicationBuilder AddAddresses(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSyncHandler<LocalityMappingSyncHandler>();
        return builder;
    }
}
