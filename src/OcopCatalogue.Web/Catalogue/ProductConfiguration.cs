using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Catalogue;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.MapSluggedRecord("Products");
        builder.Property(p => p.Name).HasMaxLength(ProductRules.MaxNameLength).IsRequired();
        builder.Property(p => p.Gtin).HasMaxLength(ProductRules.MaxGtinLength);
        builder.HasIndex(p => p.Gtin).IsUnique();
        builder.Property(p => p.TraceCode).HasMaxLength(ProductRules.MaxTraceCodeLength);
        builder.HasIndex(p => p.TraceCode).IsUnique();
        builder.Property(p => p.SubGroupCode).HasMaxLength(ProductRules.MaxSubGroupCodeLength);
        builder.Property(p => p.ShortDescription).HasMaxLength(ProductRules.MaxShortDescriptionLength);
        builder.Property(p => p.NameEn).HasMaxLength(ProductRules.MaxNameLength);
        builder.Property(p => p.ShortDescriptionEn).HasMaxLength(ProductRules.MaxShortDescriptionLength);
        builder.Property(p => p.Ingredients).HasMaxLength(ProductRules.MaxIngredientsLength);
        builder.Property(p => p.Packaging).HasMaxLength(ProductRules.MaxPackagingLength);
        builder.Property(p => p.ShelfLife).HasMaxLength(ProductRules.MaxShelfLifeLength);
        builder.Property(p => p.Source).HasMaxLength(ProductRules.MaxSourceLength);
        builder.Property(p => p.OriginLocality).HasMaxLength(ProductRules.MaxOriginLocalityLength);
        builder.Property(p => p.OriginProvince).HasMaxLength(ProductRules.MaxOriginProvinceLength);
        builder.Property(p => p.OriginCurrentCommuneOrWard).HasMaxLength(PlaceRules.MaxCommuneOrWardLength);
        builder.Property(p => p.OriginCurrentProvince).HasMaxLength(PlaceRules.MaxProvinceLength);
        builder.HasOne(p => p.Producer).WithMany(p => p.Products).HasForeignKey(p => p.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ProducerId);
        builder.HasMany(p => p.Certificates).WithOne().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SalesPoints).WithMany(s => s.Products).UsingEntity("SalesPointProducts");
        // Small value lists that are always read with their product: JSON columns, not tables of their own.
        builder.OwnsMany(p => p.Images, i => i.ToJson("Images"));
        builder.OwnsMany(p => p.OnlineShops, s => s.ToJson("OnlineShops"));
    }
}
