using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Data;

internal static class AddressMapping
{
    /// <summary>Maps a <see cref="PostalAddress"/> into plain columns of its owner's table.</summary>
    public static void MapAddress<TOwner>(this OwnedNavigationBuilder<TOwner, PostalAddress> address)
        where TOwner : class
    {
        address.Property(a => a.Street).HasColumnName("Street").HasMaxLength(PlaceRules.MaxStreetLength);
        address.Property(a => a.CommuneOrWard).HasColumnName("CommuneOrWard").HasMaxLength(PlaceRules.MaxCommuneOrWardLength);
        address.Property(a => a.District).HasColumnName("District").HasMaxLength(PlaceRules.MaxDistrictLength);
        address.Property(a => a.Province).HasColumnName("Province").HasMaxLength(PlaceRules.MaxProvinceLength).IsRequired();
        address.Ignore(a => a.Locality);
    }
}
