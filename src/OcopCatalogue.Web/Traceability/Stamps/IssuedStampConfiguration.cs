using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability.Stamps;

internal sealed class IssuedStampConfiguration : IEntityTypeConfiguration<IssuedStamp>
{
    public void Configure(EntityTypeBuilder<IssuedStamp> builder)
    {
        builder.ToTable("IssuedStamps");
        // The key is what makes a serial unique within its batch: the store refuses a repeat outright.
        builder.HasKey(s => new { s.BatchId, s.SerialValue });
        builder.Property(s => s.SerialValue).ValueGeneratedNever();
        builder.Property(s => s.Serial).HasMaxLength(DigitalLink.MaxQualifierLength).IsRequired();
        builder.Property(s => s.RevokedReason).HasMaxLength(StampRequestRules.MaxReasonLength);
        builder.HasOne<TraceBatch>().WithMany().HasForeignKey(s => s.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StampPrintOrder>().WithMany().HasForeignKey(s => s.PrintOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.PrintOrderId);
    }
}
