using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopCatalogue.Web.Editorial;

internal sealed class RecycleBinEntryConfiguration : IEntityTypeConfiguration<RecycleBinEntry>
{
    public void Configure(EntityTypeBuilder<RecycleBinEntry> builder)
    {
        builder.ToTable("RecycleBin");
        builder.HasKey(e => new { e.ItemType, e.ItemId });
        builder.Property(e => e.Name).HasMaxLength(RecycleBinEntry.MaxNameLength).IsRequired();
        builder.Property(e => e.DeletedById).HasMaxLength(EditorialIdentity.MaxIdLength).IsRequired();
        builder.Property(e => e.DeletedByName).HasMaxLength(EditorialIdentity.MaxNameLength).IsRequired();
        builder.HasIndex(e => e.ItemId);
    }
}
