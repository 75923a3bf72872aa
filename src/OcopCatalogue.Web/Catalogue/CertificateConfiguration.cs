using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Catalogue;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("Certificates");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.ProductId, c.Sequence }).IsUnique();
        builder.Property(c => c.Score).HasPrecision(5, 2);
        builder.Property(c => c.DecisionNumber).HasMaxLength(60);
        builder.Property(c => c.DecisionScan).HasMaxLength(100);
        builder.Property(c => c.Source).HasMaxLength(500);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Ignore(c => c.Stars);
        builder.Ignore(c => c.ExpiresOn);
        builder.Ignore(c => c.ValidThrough);
    }
}
