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
        address.Property(a => a.Street).HasColumnName("Street").HasMaxLength(200);
        address.Property(a => a.CommuneOrWard).HasColumnName("CommuneOrWard").HasMaxLength(120);
        address.Property(a => a.District).HasColumnName("District").HasMaxLength(120);
        address.Property(a => a.Province).HasColumnName("Province").HasMaxLength(120).IsRequired();
        address.Ignore(a => a.Locality);
    }
}
