using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

internal sealed class TraceBatchConfiguration : IEntityTypeConfiguration<TraceBatch>
{
    public void Configure(EntityTypeBuilder<TraceBatch> builder)
    {
        builder.ToTable("TraceBatches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.LotCode).HasMaxLength(TraceBatchRules.MaxLotCodeLength).IsRequired();
        builder.HasIndex(b => new { b.ProductId, b.LotCode }).IsUnique();
        builder.Property(b => b.QuantityUnit).HasMaxLength(TraceBatchRules.MaxQuantityUnitLength);
        builder.Property(b => b.OriginPlace).HasMaxLength(TraceBatchRules.MaxOriginPlaceLength);
        builder.Property(b => b.GrowingAreaCode).HasMaxLength(TraceBatchRules.MaxGrowingAreaCodeLength);
        // Batches that came before the workflow are public; the sentinel is a value never used, so EF always writes
        // the state it is given (a Draft, the enum's zero, would otherwise be left to the default and go public).
        builder.Property(b => b.State).HasDefaultValue(PublicationState.Published).HasSentinel((PublicationState)(-1));
        builder.HasOne<Product>().WithMany().HasForeignKey(b => b.ProductId).OnDelete(DeleteBehavior.Cascade);
        // Read whole with their batch, never queried on their own: JSON columns keep the order of the timeline.
        builder.OwnsMany(b => b.Certifications, c => c.ToJson("Certifications"));
        builder.OwnsMany(b => b.LabTests, t => t.ToJson("LabTests"));
        builder.OwnsMany(b => b.Events, e => e.ToJson("Events"));
    }
}
