using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Catalogue;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Slug).HasMaxLength(80).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Gtin).HasMaxLength(14);
        builder.HasIndex(p => p.Gtin).IsUnique();
        builder.Property(p => p.TraceCode).HasMaxLength(10);
        builder.HasIndex(p => p.TraceCode).IsUnique();
        builder.Property(p => p.SubGroupCode).HasMaxLength(10);
        builder.Property(p => p.ShortDescription).HasMaxLength(500);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.ShortDescriptionEn).HasMaxLength(500);
        builder.Property(p => p.Ingredients).HasMaxLength(2000);
        builder.Property(p => p.Packaging).HasMaxLength(500);
        builder.Property(p => p.ShelfLife).HasMaxLength(200);
        builder.Property(p => p.Source).HasMaxLength(500);
        builder.Property(p => p.OriginLocality).HasMaxLength(120);
        builder.Property(p => p.OriginProvince).HasMaxLength(120);
        builder.HasOne(p => p.Producer).WithMany(p => p.Products).HasForeignKey(p => p.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ProducerId);
        builder.HasMany(p => p.Certificates).WithOne().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SalesPoints).WithMany(s => s.Products).UsingEntity("SalesPointProducts");
        // Small value lists that are always read with their product: JSON columns, not tables of their own.
        builder.OwnsMany(p => p.Images, i => i.ToJson("Images"));
        builder.OwnsMany(p => p.OnlineShops, s => s.ToJson("OnlineShops"));
    }
}
