using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Addresses;

internal sealed class LocalityMappingConfiguration : IEntityTypeConfiguration<LocalityMapping>
{
    public void Configure(EntityTypeBuilder<LocalityMapping> builder)
    {
        builder.ToTable("LocalityMappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.PublishedProvince).HasMaxLength(PlaceRules.MaxProvinceLength).IsRequired();
        builder.Property(m => m.PublishedDistrict).HasMaxLength(PlaceRules.MaxDistrictLength);
        builder.Property(m => m.PublishedCommuneOrWard).HasMaxLength(PlaceRules.MaxCommuneOrWardLength);
        builder.Property(m => m.CurrentCommuneOrWard).HasMaxLength(PlaceRules.MaxCommuneOrWardLength);
        builder.Property(m => m.CurrentProvince).HasMaxLength(PlaceRules.MaxProvinceLength);
        builder.Property(m => m.ProvinceResolution).HasMaxLength(LocalityMappingRules.MaxResolutionLength);
        builder.Property(m => m.CommuneResolution).HasMaxLength(LocalityMappingRules.MaxResolutionLength);
        builder.Property(m => m.VerifiedAt).HasMaxLength(LocalityMappingRules.MaxVerifiedAtLength);
        builder.Property(m => m.Note).HasMaxLength(LocalityMappingRules.MaxNoteLength);
    }
}
