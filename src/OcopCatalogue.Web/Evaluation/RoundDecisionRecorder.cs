using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Records the province's decision on a round: every scored product moves to Decided and, when its score reaches a
/// band, gets a new certificate through <see cref="CertificateEvaluation"/> (appended to its history, never changing an
/// earlier one). A product of 90 or more is recorded as proposed to the central level (<c>IsProposed</c>), since
/// five stars are the central level's to give. One transaction, one audit entry per product, then one publish.
/// </summary>
public sealed class RoundDecisionRecorder(OcopDbContext db, AuditTrail audit, ContentPublisher publisher, TimeProvider clock)
{
    public const string Origin = "evaluation: decision";

    /// <summary>What happened to each scored product: its certificate, or why none was recorded.</summary>
    public sealed record Outcome(Guid RegistrationId, string ProductName, Guid? CertificateId, string? Problem);

    public async Task<IReadOnlyList<Outcome>> RecordAsync(EvaluationRound round, string number, DateOnly date, string? scan, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(by);
        var scored = await db.Set<EvaluationRegistration>().Where(r => r.RoundId == round.Id && r.Step == EvaluationStep.Scored).ToListAsync(cancellationToken);
        var productIds = scored.Select(r => r.ProductId).ToList();
        var products = await db.Products.Include(p => p.Certificates).Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var decision = new EvaluationDecision
        {
            Id = Guid.NewGuid(),
            RoundId = round.Id,
            Number = number.Trim(),
            Date = date,
            Scan = scan,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = by.Identity?.Name ?? "",
        };
        db.Add(decision);
        var today = VietnamTime.Today(clock);
        var outcomes = new List<Outcome>();
        var published = new List<ContentItemRef>();
        foreach (var registration in scored)
        {
            var product = products[registration.ProductId];
            var step = EvaluationSteps.Take(registration.Progress, new EvaluationRequest(EvaluationAction.RecordDecision, EvaluationRole.Chair)
            {
                DecisionNumber = decision.Number,
                DecisionDate = date,
            });
            if (!step.Allowed)
            {
                outcomes.Add(new(registration.Id, product.Name, null, EvaluationTexts.Format(step.MessageKey!, CultureInfo.CurrentUICulture, [.. step.Arguments])));
                continue;
            }

            Certificate? certificate = null;
            string? problem = null;
            if (registration.Stars is { } stars && registration.Score is { } score)
            {
                var evaluation = new EvaluationEvent
                {
                    Kind = CertificateEvaluation.KindFor(stars, product.Certificates, date) ?? EvaluationKind.Renewal,
                    Score = score,
                    Level = registration.ProposeToCentral ? IssuingLevel.Central : round.Level,
                    DecisionNumber = decision.Number,
                    DecisionDate = date,
                };
                var findings = CertificateEvaluation.Check(evaluation, product.Certificates, today);
                if (findings.Count > 0)
                {
                    problem = string.Join(", ", findings.Select(f => f.Problem));
                }
                else
                {
                    certificate = CertificateEvaluation.Record(Guid.NewGuid(), product.Id, evaluation, product.Certificates, today);
                    certificate.DecisionScan = scan;
                    certificate.IsProposed = registration.ProposeToCentral;
                    product.Certificates.Add(certificate);
                    product.UpdatedAt = clock.GetUtcNow();
                    published.Add(new(ContentItemType.Certificate, certificate.Id));
                    published.Add(new(ContentItemType.Product, product.Id));
                }
            }

            if (problem is not null)
            {
                // The product stays scored: staff settle its history and the chair records it again.
                outcomes.Add(new(registration.Id, product.Name, null, problem));
                continue;
            }

            registration.Step = EvaluationStep.Decided;
            registration.StepChangedAt = clock.GetUtcNow();
            registration.DecisionId = decision.Id;
            registration.CertificateId = certificate?.Id;
            outcomes.Add(new(registration.Id, product.Name, certificate?.Id, null));
        }

        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        await using (transaction.ConfigureAwait(false))
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var outcome in outcomes)
            {
                await audit.RecordAsync(by, RegistrationDesk.AuditPrefix + EvaluationAction.RecordDecision, itemId: outcome.RegistrationId,
                    detail: $"{decision.Number} {date:yyyy-MM-dd}; certificate {outcome.CertificateId?.ToString() ?? "none"}" + (outcome.Problem is null ? "" : "; " + outcome.Problem),
                    ct: cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (published.Count > 0)
        {
            await publisher.PublishAsync(new ContentPublished(published, Origin), cancellationToken);
        }

        return outcomes;
    }
}
