using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopCatalogue.Web.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("MediaItems");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.OriginalFileName).HasMaxLength(UploadedFileName.MaxLength).IsRequired();
        builder.Property(m => m.Alt).HasMaxLength(MediaLibrary.MaxAltLength).IsRequired();
        builder.Property(m => m.AltEn).HasMaxLength(MediaLibrary.MaxAltLength);
        builder.Property(m => m.SearchText).HasMaxLength(2 * MediaLibrary.MaxAltLength + UploadedFileName.MaxLength + 2).IsRequired();
        builder.Property(m => m.UploadedBy).HasMaxLength(256).IsRequired();
        builder.Property(m => m.ProcessingError).HasMaxLength(400);
        builder.Ignore(m => m.ContentType);
        // SQLite cannot order by a DateTimeOffset stored as text; as a number (UTC ticks and offset) it can.
        builder.Property(m => m.UploadedAt).HasConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        // The library lists newest first.
        builder.HasIndex(m => m.UploadedAt);
    }
}
