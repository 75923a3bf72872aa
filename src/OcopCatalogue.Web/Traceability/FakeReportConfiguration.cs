using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

internal sealed class FakeReportConfiguration : IEntityTypeConfiguration<FakeReport>
{
    public void Configure(EntityTypeBuilder<FakeReport> builder)
    {
        builder.ToTable("FakeReports");
        builder.Property(r => r.Serial).HasMaxLength(DigitalLink.MaxQualifierLength);
        builder.Property(r => r.WhatIsWrong).HasMaxLength(FakeReport.MaxWhatLength).IsRequired();
        builder.Property(r => r.WhereBought).HasMaxLength(FakeReport.MaxWhereLength).IsRequired();
        builder.Property(r => r.Contact).HasMaxLength(FakeReport.MaxContactLength);
        builder.Property(r => r.PhotoFileName).HasMaxLength(64);
        builder.Property(r => r.NetworkKey).HasMaxLength(32).IsRequired();
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        // A report is evidence about the product even when its batch record is later removed.
        builder.HasOne<TraceBatch>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.SetNull);
        // Staff read the newest first, by id (SQLite cannot order DateTimeOffset columns), per batch or overall.
        builder.HasIndex(r => r.BatchId);
        builder.HasIndex(r => r.ProductId);
    }
}
