using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Catalogue;

internal sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(EntityTypeBuilder<Producer> builder)
    {
        builder.MapSluggedRecord("Producers");
        builder.Property(p => p.Name).HasMaxLength(ProducerRules.MaxNameLength).IsRequired();
        builder.Property(p => p.NameEn).HasMaxLength(ProducerRules.MaxNameLength);
        builder.MapPlace();
        builder.Property(p => p.Phone).HasMaxLength(ProducerRules.MaxPhoneLength);
        builder.Property(p => p.Website).HasMaxLength(ProducerRules.MaxWebsiteLength);
        builder.Property(p => p.LogoPath).HasMaxLength(ProducerRules.MaxLogoPathLength);
    }
}
