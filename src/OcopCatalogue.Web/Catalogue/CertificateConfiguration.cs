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
        builder.Property(c => c.Score).HasPrecision(CertificateRules.ScorePrecision, CertificateRules.ScoreDecimals);
        builder.Property(c => c.DecisionNumber).HasMaxLength(CertificateRules.MaxDecisionNumberLength);
        builder.Property(c => c.DecisionScan).HasMaxLength(CertificateRules.MaxDecisionScanLength);
        builder.Property(c => c.Source).HasMaxLength(CertificateRules.MaxSourceLength);
        builder.Property(c => c.Note).HasMaxLength(CertificateRules.MaxNoteLength);
        builder.Ignore(c => c.Stars);
        builder.Ignore(c => c.ExpiresOn);
        builder.Ignore(c => c.ValidThrough);
    }
}
