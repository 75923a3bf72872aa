using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Evaluation;

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> builder)
    {
        builder.ToTable("EvaluationRounds");
        builder.Property(r => r.Name).HasMaxLength(EvaluationRound.MaxNameLength);
        builder.Property(r => r.SpreadLimit).HasPrecision(5, 2);
        builder.HasIndex(r => r.Year);
    }
}

internal sealed class EvaluationRegistrationConfiguration : IEntityTypeConfiguration<EvaluationRegistration>
{
    public void Configure(EntityTypeBuilder<EvaluationRegistration> builder)
    {
        builder.ToTable("EvaluationRegistrations");
        builder.Ignore(r => r.Progress);
        builder.Property(r => r.SheetCode).HasMaxLength(60);
        builder.Property(r => r.Commune).HasMaxLength(CommuneAssignment.MaxCommuneLength);
        builder.Property(r => r.Score).HasPrecision(5, 2);
        builder.Property(r => r.Spread).HasPrecision(5, 2);
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Producer>().WithMany().HasForeignKey(r => r.ProducerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.RoundId, r.ProductId }).IsUnique();
        builder.HasIndex(r => r.ProducerId);
        builder.HasIndex(r => r.Commune);
    }
}

internal sealed class DossierVersionConfiguration : IEntityTypeConfiguration<DossierVersion>
{
    public void Configure(EntityTypeBuilder<DossierVersion> builder)
    {
        builder.ToTable("EvaluationDossierVersions");
        builder.Property(v => v.SubmittedBy).HasMaxLength(450);
        builder.HasOne<EvaluationRegistration>().WithMany().HasForeignKey(v => v.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.RegistrationId, v.Version }).IsUnique();
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvaluationEvidenceFiles");
        builder.Property(e => e.Target).HasMaxLength(20);
        builder.Property(e => e.OriginalName).HasMaxLength(EvidenceFile.MaxNameLength);
        builder.Property(e => e.StoredName).HasMaxLength(60);
        builder.Property(e => e.UploadedBy).HasMaxLength(450);
        builder.HasOne<EvaluationRegistration>().WithMany().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.RegistrationId);
    }
}

internal sealed class ScreeningRecordConfiguration : IEntityTypeConfiguration<ScreeningRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningRecord> builder)
    {
        builder.ToTable("EvaluationScreenings");
        builder.Property(s => s.ByUserId).HasMaxLength(450);
        builder.Property(s => s.ByName).HasMaxLength(256);
        foreach (var text in (string[])[nameof(ScreeningRecord.Reason), nameof(ScreeningRecord.LocalOrigin), nameof(ScreeningRecord.LocalLabour),
            nameof(ScreeningRecord.IdeaOrigin), nameof(ScreeningRecord.LocalIdentity), nameof(ScreeningRecord.Report)])
        {
            builder.Property<string?>(text).HasMaxLength(ScreeningRecord.MaxTextLength);
        }

        builder.HasOne<EvaluationRegistration>().WithMany().HasForeignKey(s => s.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.RegistrationId);
    }
}

internal sealed class CouncilScoreRecordConfiguration : IEntityTypeConfiguration<CouncilScoreRecord>
{
    public void Configure(EntityTypeBuilder<CouncilScoreRecord> builder)
    {
        builder.ToTable("EvaluationCouncilScores");
        builder.Property(s => s.MemberId).HasMaxLength(450);
        builder.Property(s => s.Reason).HasMaxLength(Core.Evaluation.MemberScoreHistory.MaxReasonLength);
        builder.Property(s => s.Total).HasPrecision(6, 2);
        builder.HasOne<EvaluationRegistration>().WithMany().HasForeignKey(s => s.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RegistrationId, s.MemberId, s.Attempt }).IsUnique();
    }
}

internal sealed class CouncilSeatConfiguration : IEntityTypeConfiguration<CouncilSeat>
{
    public void Configure(EntityTypeBuilder<CouncilSeat> builder)
    {
        builder.ToTable("EvaluationCouncilSeats");
        builder.HasKey(s => new { s.RoundId, s.UserId, s.Role });
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}

internal sealed class CommuneAssignmentConfiguration : IEntityTypeConfiguration<CommuneAssignment>
{
    public void Configure(EntityTypeBuilder<CommuneAssignment> builder)
    {
        builder.ToTable("EvaluationCommuneAssignments");
        builder.HasKey(c => new { c.UserId, c.Commune });
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Commune).HasMaxLength(CommuneAssignment.MaxCommuneLength);
    }
}

internal sealed class EvaluationDecisionConfiguration : IEntityTypeConfiguration<EvaluationDecision>
{
    public void Configure(EntityTypeBuilder<EvaluationDecision> builder)
    {
        builder.ToTable("EvaluationDecisions");
        builder.Property(d => d.Number).HasMaxLength(Core.Certification.CertificateRules.MaxDecisionNumberLength);
        builder.Property(d => d.Scan).HasMaxLength(60);
        builder.Property(d => d.RecordedBy).HasMaxLength(450);
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.RoundId);
    }
}

internal sealed class CentralDecisionConfiguration : IEntityTypeConfiguration<CentralDecision>
{
    public void Configure(EntityTypeBuilder<CentralDecision> builder)
    {
        builder.ToTable("EvaluationCentralDecisions");
        builder.Property(d => d.Number).HasMaxLength(Core.Certification.CertificateRules.MaxDecisionNumberLength);
        builder.Property(d => d.IssuingBody).HasMaxLength(Core.Evaluation.CentralProposalRules.MaxIssuingBodyLength);
        builder.Property(d => d.Scan).HasMaxLength(60);
        builder.Property(d => d.Score).HasPrecision(5, 2);
        builder.Property(d => d.RecordedBy).HasMaxLength(450);
        builder.HasOne<EvaluationRegistration>().WithMany().HasForeignKey(d => d.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        // One central result per proposal: a second recording is refused by the rules and by the store.
        builder.HasIndex(d => d.RegistrationId).IsUnique();
    }
}

internal sealed class EvaluationSheetConfiguration : IEntityTypeConfiguration<EvaluationSheet>
{
    public void Configure(EntityTypeBuilder<EvaluationSheet> builder)
    {
        builder.ToTable("EvaluationSheets");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(60);
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.LoadedBy).HasMaxLength(256);
    }
}
