using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

internal sealed class ScanRecordConfiguration : IEntityTypeConfiguration<ScanRecord>
{
    public void Configure(EntityTypeBuilder<ScanRecord> builder)
    {
        builder.ToTable("ScanRecords");
        builder.Property(r => r.Serial).HasMaxLength(DigitalLink.MaxQualifierLength);
        builder.Property(r => r.NetworkKey).HasMaxLength(32).IsRequired();
        // Stored as UTC DateTime, still TEXT: SQLite's provider cannot compare DateTimeOffset values in SQL, and
        // the retention clean-up deletes by age. Rows written before as "...+00:00" text read back the same.
        builder.Property(r => r.ScannedAt).HasConversion(
            at => at.UtcDateTime,
            stored => new DateTimeOffset(stored.Kind == DateTimeKind.Local ? stored.ToUniversalTime() : DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
        builder.HasOne<TraceBatch>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
        // Counting per batch and distinct networks per serial are the only queries.
        builder.HasIndex(r => new { r.BatchId, r.Serial });
    }
}
