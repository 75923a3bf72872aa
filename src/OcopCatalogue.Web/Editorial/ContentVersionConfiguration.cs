using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopCatalogue.Web.Editorial;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("ContentVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedOnAdd();
        builder.HasIndex(v => new { v.ItemType, v.ItemId, v.Number }).IsUnique();
        builder.HasIndex(v => v.State);
        builder.Property(v => v.Snapshot).IsRequired();
        builder.Property(v => v.SavedById).HasMaxLength(EditorialIdentity.MaxIdLength).IsRequired();
        builder.Property(v => v.SavedByName).HasMaxLength(EditorialIdentity.MaxNameLength).IsRequired();
        builder.Property(v => v.Note).HasMaxLength(ContentVersion.MaxNoteLength);
        builder.Property(v => v.ScheduledByName).HasMaxLength(EditorialIdentity.MaxNameLength);
    }
}
