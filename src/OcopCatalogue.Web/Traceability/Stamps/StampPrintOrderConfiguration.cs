using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability.Stamps;

internal sealed class StampPrintOrderConfiguration : IEntityTypeConfiguration<StampPrintOrder>
{
    public void Configure(EntityTypeBuilder<StampPrintOrder> builder)
    {
        builder.ToTable("StampPrintOrders");
        builder.Property(o => o.Reason).HasMaxLength(StampRequestRules.MaxReasonLength).IsRequired();
        builder.Property(o => o.OverQuantityReason).HasMaxLength(StampRequestRules.MaxReasonLength);
        builder.Property(o => o.RevokedReason).HasMaxLength(StampRequestRules.MaxReasonLength);
        builder.Property(o => o.RequestedById).HasMaxLength(450);
        builder.Property(o => o.ApprovedById).HasMaxLength(450);
        builder.Property(o => o.RequestedBy).HasMaxLength(StampPrintOrder.MaxNameLength).IsRequired();
        builder.Property(o => o.ApprovedBy).HasMaxLength(StampPrintOrder.MaxNameLength);
        builder.Ignore(o => o.Layout);
        builder.HasOne<TraceBatch>().WithMany().HasForeignKey(o => o.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.BatchId);
        // Orders left half issued by a node that stopped are found by their state at start.
        builder.HasIndex(o => o.State);
    }
}
