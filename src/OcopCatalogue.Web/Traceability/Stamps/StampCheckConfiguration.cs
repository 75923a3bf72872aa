using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability.Stamps;

internal sealed class StampCheckConfiguration : IEntityTypeConfiguration<StampCheck>
{
    public void Configure(EntityTypeBuilder<StampCheck> builder)
    {
        builder.ToTable("StampChecks");
        builder.HasKey(c => new { c.BatchId, c.SerialValue });
        builder.Property(c => c.SerialValue).ValueGeneratedNever();
        builder.HasOne<TraceBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
