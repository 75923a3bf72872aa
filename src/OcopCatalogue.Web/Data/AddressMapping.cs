using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Data;

internal static class AddressMapping
{
    /// <summary>A place's address in plain columns of its own table (always there, if only with its province); its
    /// location is worked out from the coordinates, never stored.</summary>
    public static void MapPlace<TPlace>(this EntityTypeBuilder<TPlace> builder)
        where TPlace : class, IPlace
    {
        builder.OwnsOne<PostalAddress>(nameof(IPlace.Address), a => a.MapAddress());
        builder.Navigation(nameof(IPlace.Address)).IsRequired();
        builder.Ignore(nameof(IPlace.Location));
    }

    /// <summary>Maps a <see cref="PostalAddress"/> into plain columns of its owner's table.</summary>
    public static void MapAddress<TOwner>(this OwnedNavigationBuilder<TOwner, PostalAddress> address)
        where TOwner : class
    {
        address.Property(a => a.Street).HasColumnName("Street").HasMaxLength(PlaceRules.MaxStreetLength);
        address.Property(a => a.CommuneOrWard).HasColumnName("CommuneOrWard").HasMaxLength(PlaceRules.MaxCommuneOrWardLength);
        address.Property(a => a.District).HasColumnName("District").HasMaxLength(PlaceRules.MaxDistrictLength);
        address.Property(a => a.Province).HasColumnName("Province").HasMaxLength(PlaceRules.MaxProvinceLength).IsRequired();
        address.Property(a => a.CurrentCommuneOrWard).HasColumnName("CurrentCommuneOrWard").HasMaxLength(PlaceRules.MaxCommuneOrWardLength);
        address.Property(a => a.CurrentProvince).HasColumnName("CurrentProvince").HasMaxLength(PlaceRules.MaxProvinceLength);
        address.Ignore(a => a.Locality);
        address.Ignore(a => a.CurrentText);
        address.Ignore(a => a.ShowsCurrentBesidePublished);
        address.Ignore(a => a.GroupingLocality);
    }
}
