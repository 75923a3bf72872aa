using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Records the central level's result for a product the province proposed (<see cref="CentralProposalRules"/> say
/// when): a grant of five stars appends a certificate through <see cref="CertificateEvaluation"/> (level Central, the
/// central score, the central decision's number, date and scan; the province's proposal record stays as it was), a
/// refusal appends nothing. One transaction with its audit entry, then the normal publish for a grant.
/// </summary>
public sealed class CentralDecisionRecorder(OcopDbContext db, AuditTrail audit, ContentPublisher publisher, TimeProvider clock)
{
    public const string Origin = "evaluation: central decision";

    public const string AuditAction = RegistrationDesk.AuditPrefix + "central-decision";

    /// <summary>The problems that kept it from being recorded (empty when recorded), and the certificate of a grant.</summary>
    public sealed record Outcome(IReadOnlyList<FieldProblem> Problems, Guid? CertificateId);

    public async Task<Outcome> RecordAsync(Guid registrationId, CentralResult result, string? scan, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(by);
        var registration = await db.Set<EvaluationRegistration>().SingleAsync(r => r.Id == registrationId, cancellationToken);
        var recorded = await db.Set<CentralDecision>().AnyAsync(d => d.RegistrationId == registrationId, cancellationToken);
        var provinceDate = registration.DecisionId is { } decisionId
            ? await db.Set<EvaluationDecision>().Where(d => d.Id == decisionId).Select(d => (DateOnly?)d.Date).SingleOrDefaultAsync(cancellationToken)
            : null;
        var today = VietnamTime.Today(clock);
        var problems = CentralProposalRules.Check(registration.Step, registration.ProposeToCentral, recorded, provinceDate, result, today);
        if (problems.Count > 0)
        {
            return new(problems, null);
        }

        var number = result.Number!.Trim();
        var date = result.Date!.Value;
        Certificate? certificate = null;
        if (result.Granted)
        {
            var product = await db.Products.Include(p => p.Certificates).SingleAsync(p => p.Id == registration.ProductId, cancellationToken);
            var evaluation = new EvaluationEvent
            {
                // Nothing in force (a new product, or only the province's proposal): a first rating; a rating in force: an upgrade.
                Kind = CertificateEvaluation.KindFor(StarRating.Five, product.Certificates, date) ?? EvaluationKind.Renewal,
                Score = result.Score,
                Level = IssuingLevel.Central,
                DecisionNumber = number,
                DecisionDate = date,
            };
            var findings = CertificateEvaluation.Check(evaluation, product.Certificates, today);
            if (findings.Count > 0)
            {
                return new([.. findings.Select(f => new FieldProblem(f.Field, "Evaluation.Central.CertificateRefused", f.Problem))], null);
            }

            certificate = CertificateEvaluation.Record(Guid.NewGuid(), product.Id, evaluation, product.Certificates, today);
            certificate.DecisionScan = scan;
            product.Certificates.Add(certificate);
            product.UpdatedAt = clock.GetUtcNow();
        }

        var row = new CentralDecision
        {
            Id = Guid.NewGuid(),
            RegistrationId = registration.Id,
            Number = number,
            Date = date,
            IssuingBody = result.IssuingBody!.Trim(),
            Scan = scan,
            Granted = result.Granted,
            Score = result.Score,
            CertificateId = certificate?.Id,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = by.Identity?.Name ?? "",
        };
        db.Add(row);
        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        await using (transaction.ConfigureAwait(false))
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(by, AuditAction, itemId: registration.Id,
                detail: string.Create(CultureInfo.InvariantCulture,
                    $"{number} {date:yyyy-MM-dd} ({row.IssuingBody}); {(result.Granted ? "5 stars granted" : "not granted")}; score {result.Score?.ToString(CultureInfo.InvariantCulture) ?? "-"}; certificate {certificate?.Id.ToString() ?? "none"}"),
                ct: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (certificate is not null)
        {
            await publisher.PublishAsync(new ContentPublished([new(ContentItemType.Certificate, certificate.Id), new(ContentItemType.Product, registration.ProductId)], Origin), cancellationToken);
        }

        return new([], certificate?.Id);
    }
}
