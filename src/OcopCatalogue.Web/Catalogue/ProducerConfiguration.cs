using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Catalogue;

internal sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(EntityTypeBuilder<Producer> builder)
    {
        builder.ToTable("Producers");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Slug).HasMaxLength(80).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.OwnsOne(p => p.Address, a => a.MapAddress());
        builder.Navigation(p => p.Address).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Website).HasMaxLength(300);
        builder.Property(p => p.LogoPath).HasMaxLength(300);
        builder.Ignore(p => p.Location);
    }
}
