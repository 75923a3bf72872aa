using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopCatalogue.Web.Editorial;

internal sealed class RecycleBinEntryConfiguration : IEntityTypeConfiguration<RecycleBinEntry>
{
    public void Configure(EntityTypeBuilder<RecycleBinEntry> builder)
    {
        builder.ToTable("RecycleBin");
        builder.HasKey(e => new { e.ItemType, e.ItemId });
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        builder.Property(e => e.DeletedById).HasMaxLength(100).IsRequired();
        builder.Property(e => e.DeletedByName).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => e.ItemId);
    }
}
