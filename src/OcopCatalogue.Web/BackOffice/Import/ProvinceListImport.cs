using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>
/// Plans and writes the import of a province's list of certified products. Planning reads the store and writes
/// nothing, so the preview can be shown as often as wanted; applying plans again against the store as it is then and
/// writes every row without problems in one transaction. A row whose certificate the product already has changes
/// nothing, so importing the same list twice writes nothing the second time.
/// </summary>
public sealed class ProvinceListImport(OcopDbContext db, AuditTrail audit, ContentPublisher publisher, TimeProvider clock)
{
    public const string Origin = "back office: CSV import";
    public const string AuditAction = "import.csv";

    public async Task<ImportPlan> PlanAsync(ProvinceList list, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(settings);
        if (list.Problem is { } problem)
        {
            return new ImportPlan([], problem);
        }

        var today = VietnamTime.Today(clock);
        var producers = (await db.Producers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            .ToLookup(p => ProvinceListReader.FoldName(p.Name), p => p.Id);
        var products = (await db.Products.AsNoTracking()
                .Select(p => new { p.Id, p.Name, p.ProducerId, p.Certificates })
                .ToListAsync(cancellationToken))
            .ToLookup(p => (ProvinceListReader.FoldName(p.Name), p.ProducerId));
        var seen = new HashSet<(string, string)>();
        var rows = new List<ImportRowPlan>();
        foreach (var row in list.Rows)
        {
            var plan = new ImportRowPlan { Row = row };
            rows.Add(plan);
            ReadCells(plan, row, settings.Province);
            if (row.Product is null || !seen.Add((ProvinceListReader.FoldName(row.Product), ProvinceListReader.FoldName(row.Producer))))
            {
                if (row.Product is not null)
                {
                    plan.Problems.Add(ImportRowProblem.DuplicateRow);
                }

                continue;
            }

            if (row.Producer is { } producerName)
            {
                var matches = producers[ProvinceListReader.FoldName(producerName)].ToList();
                if (matches.Count > 1)
                {
                    plan.Problems.Add(ImportRowProblem.ProducerAmbiguous);
                    continue;
                }

                if (matches.Count == 1)
                {
                    plan.ProducerId = matches[0];
                }
                else
                {
                    plan.CreatesProducer = true;
                    plan.NewProducerKind = ProvinceListValues.KindOfProducer(producerName);
                    if (plan.NewProducerKind is null)
                    {
                        plan.Problems.Add(ImportRowProblem.ProducerKindUnknown);
                    }
                }
            }

            IReadOnlyList<Certificate> history = [];
            if (!plan.CreatesProducer)
            {
                var candidates = products[(ProvinceListReader.FoldName(row.Product), plan.ProducerId)].ToList();
                if (candidates.Count > 1)
                {
                    plan.Problems.Add(ImportRowProblem.ProductAmbiguous);
                    continue;
                }

                if (candidates.Count == 1)
                {
                    plan.ProductId = candidates[0].Id;
                    history = candidates[0].Certificates;
                }
            }

            plan.CreatesProduct = plan.ProductId is null;
            if (plan.CreatesProduct && plan.Group is null && !plan.Problems.Contains(ImportRowProblem.GroupUnreadable))
            {
                plan.Problems.Add(ImportRowProblem.GroupNeededForNewProduct);
            }

            if (!plan.HasProblems)
            {
                PlanCertificate(plan, history, settings, today);
            }
        }

        return new ImportPlan(rows, null);
    }

    /// <summary>
    /// Plans again against the store as it is now and writes every row without problems, with one audit entry, in one
    /// transaction; then publishes what changed. Writes nothing (and records nothing) when nothing would change.
    /// </summary>
    public async Task<ImportResult> ConfirmAsync(ProvinceList list, ImportSettings settings, System.Security.Claims.ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(by);
        ImportResult result;
        IReadOnlyList<ContentItemRef> changes;
        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        await using (transaction.ConfigureAwait(false))
        {
            (result, changes) = await WriteAsync(list, settings, cancellationToken);
            if (!result.ChangedAnything)
            {
                return result;
            }

            await audit.RecordAsync(by, AuditAction, detail:
                $"{settings.FileName} ({settings.Source}): {result.NewCertificates} new certificates, {result.CompletedCertificates} completed, "
                + $"{result.CreatedProducts} products and {result.CreatedProducers} producers created as drafts, {result.Unchanged} unchanged, {result.Skipped} skipped",
                ct: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await publisher.PublishAsync(new ContentPublished(changes, Origin), cancellationToken);
        return result;
    }

    private async Task<(ImportResult Result, IReadOnlyList<ContentItemRef> Changes)> WriteAsync(
        ProvinceList list, ImportSettings settings, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(list, settings, cancellationToken);
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var changes = new List<ContentItemRef>();
        var createdProducers = new Dictionary<string, Producer>(StringComparer.Ordinal);
        var producerSlugs = (await db.Producers.Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var productSlugs = (await db.Products.Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        int created = 0, completed = 0, newProducts = 0;
        foreach (var row in plan.Rows.Where(r => r.Outcome is ImportRowOutcome.NewCertificate or ImportRowOutcome.CompletesCertificate))
        {
            var producerId = row.ProducerId;
            if (row.CreatesProducer)
            {
                var key = ProvinceListReader.FoldName(row.Row.Producer);
                if (!createdProducers.TryGetValue(key, out var producer))
                {
                    producer = new Producer
                    {
                        Id = Guid.NewGuid(),
                        Slug = UniqueSlug(row.Row.Producer, "chu-the", producerSlugs),
                        Name = row.Row.Producer!,
                        Kind = row.NewProducerKind!.Value,
                        Address = ProvinceListValues.Address(row.Row.Address, settings.Province),
                        State = PublicationState.Draft,
                        UpdatedAt = now,
                    };
                    createdProducers.Add(key, producer);
                    db.Producers.Add(producer);
                    changes.Add(new ContentItemRef(ContentItemType.Producer, producer.Id));
                }

                producerId = producer.Id;
            }

            Product product;
            if (row.CreatesProduct)
            {
                var origin = row.Row.Producer is null ? ProvinceListValues.Address(row.Row.Address, settings.Province) : null;
                product = new Product
                {
                    Id = Guid.NewGuid(),
                    Slug = UniqueSlug(row.Row.Product, "san-pham", productSlugs),
                    Name = row.Row.Product!,
                    ProducerId = producerId,
                    OriginLocality = origin is null ? null : origin.District ?? origin.CommuneOrWard,
                    OriginProvince = origin?.Province,
                    Group = row.Group!.Value,
                    SubGroupCode = row.SubGroupCode,
                    Source = settings.Source,
                    State = PublicationState.Draft,
                };
                db.Products.Add(product);
                newProducts++;
            }
            else
            {
                product = await db.Products.Include(p => p.Certificates).SingleAsync(p => p.Id == row.ProductId, cancellationToken);
            }

            if (row.CompletesCertificateId is { } completesId)
            {
                var certificate = product.Certificates.Single(c => c.Id == completesId);
                CertificateEvaluation.Apply(row.Evaluation!, certificate);
                changes.Add(new ContentItemRef(ContentItemType.Certificate, certificate.Id));
                completed++;
            }
            else
            {
                var certificate = CertificateEvaluation.Record(Guid.NewGuid(), product.Id, row.Evaluation!, product.Certificates, today);
                certificate.Source = settings.Source;
                product.Certificates.Add(certificate);
                changes.Add(new ContentItemRef(ContentItemType.Certificate, certificate.Id));
                created++;
            }

            product.UpdatedAt = now;
            changes.Add(new ContentItemRef(ContentItemType.Product, product.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = new ImportResult(created, completed, newProducts, createdProducers.Count,
            plan.Count(ImportRowOutcome.Unchanged), plan.Count(ImportRowOutcome.Skipped));
        return (result, changes.Distinct().ToList());
    }

    private static void ReadCells(ImportRowPlan plan, ProvinceListRow row, string province)
    {
        if (row.Product is null)
        {
            plan.Problems.Add(ImportRowProblem.ProductMissing);
        }
        else if (row.Product.Length > ProductRules.MaxNameLength)
        {
            plan.Problems.Add(ImportRowProblem.ProductNameTooLong);
        }

        if (row.Producer is { Length: > ProducerRules.MaxNameLength })
        {
            plan.Problems.Add(ImportRowProblem.ProducerNameTooLong);
        }

        var address = ProvinceListValues.Address(row.Address, province);
        if (row.Address is { Length: > PlaceRules.MaxStreetLength } || address.CommuneOrWard is { Length: > PlaceRules.MaxCommuneOrWardLength }
            || address.District is { Length: > PlaceRules.MaxDistrictLength })
        {
            plan.Problems.Add(ImportRowProblem.AddressTooLong);
        }

        if (ProvinceListValues.TryScore(row.Score, out var score))
        {
            plan.Score = score;
        }
        else
        {
            plan.Problems.Add(ImportRowProblem.ScoreUnreadable);
        }

        if (ProvinceListValues.TryStars(row.Stars, out var stars))
        {
            plan.Stars = stars;
        }
        else
        {
            plan.Problems.Add(ImportRowProblem.StarsUnreadable);
        }

        if (ProvinceListValues.TryDate(row.DecisionDate, out var date))
        {
            plan.DecisionDate = date;
        }
        else
        {
            plan.Problems.Add(ImportRowProblem.DateUnreadable);
        }

        if (ProvinceListValues.TryGroup(row.Group, out var group, out var subGroup))
        {
            plan.Group = group;
            plan.SubGroupCode = subGroup;
        }
        else
        {
            plan.Problems.Add(ImportRowProblem.GroupUnreadable);
        }
    }

    private static void PlanCertificate(ImportRowPlan plan, IReadOnlyList<Certificate> history, ImportSettings settings, DateOnly today)
    {
        var listed = new EvaluationEvent
        {
            Score = plan.Score,
            PublishedStars = plan.Stars,
            Level = settings.Level,
            DecisionNumber = plan.Row.DecisionNumber,
            DecisionDate = plan.DecisionDate,
        };

        if (SameDecision(history, listed) is { } same)
        {
            var completed = new EvaluationEvent
            {
                Kind = same.Kind ?? default,
                Score = same.Score ?? listed.Score,
                PublishedStars = same.Score is null && listed.Score is null ? same.PublishedStars ?? listed.PublishedStars : null,
                Level = same.Level,
                DecisionNumber = same.DecisionNumber ?? listed.DecisionNumber,
                DecisionDate = same.DecisionDate ?? listed.DecisionDate,
                Note = same.Note,
            };
            var addsFacts = (same.Score is null && listed.Score is not null)
                || (same.DecisionNumber is null && listed.DecisionNumber is not null)
                || (same.DecisionDate is null && listed.DecisionDate is not null);
            if (!addsFacts)
            {
                return;
            }

            plan.RuleProblems.AddRange(CertificateEvaluation.CheckCorrection(same, completed, history, today).Select(f => f.Problem));
            plan.CompletesCertificateId = same.Id;
            plan.Evaluation = completed;
            return;
        }

        var day = listed.DecisionDate is { } date && date <= today ? date : today;
        if (CertificateEvaluation.KindFor(listed.Stars, history, day) is not { } kind)
        {
            plan.Problems.Add(ImportRowProblem.DiffersFromCertificateInForce);
            return;
        }

        var evaluation = listed with { Kind = kind };
        plan.RuleProblems.AddRange(CertificateEvaluation.Check(evaluation, history, today).Select(f => f.Problem));
        plan.Evaluation = evaluation;
    }

    /// <summary>
    /// The decided record this row repeats: same score (or, without one, same stars) and no decision number or date
    /// that contradicts it. Revocations and proposals are never a listed certified rating.
    /// </summary>
    private static Certificate? SameDecision(IReadOnlyList<Certificate> history, EvaluationEvent listed)
    {
        var number = ProvinceListReader.FoldName(listed.DecisionNumber);
        foreach (var certificate in history.Where(c => !c.IsProposed && c.Kind is not EvaluationKind.Revocation).OrderByDescending(c => c.Sequence))
        {
            var sameRating = certificate.Score is { } recorded && listed.Score is { } scored
                ? recorded == scored
                : certificate.Stars is { } stars && stars == listed.Stars;
            var numberAgrees = certificate.DecisionNumber is null || listed.DecisionNumber is null
                || ProvinceListReader.FoldName(certificate.DecisionNumber) == number;
            var dateAgrees = certificate.DecisionDate is null || listed.DecisionDate is null || certificate.DecisionDate == listed.DecisionDate;
            if (sameRating && numberAgrees && dateAgrees)
            {
                return certificate;
            }
        }

        return null;
    }

    private static string UniqueSlug(string? name, string fallback, HashSet<string> taken)
    {
        var stem = Slug.From(name);
        if (stem.Length == 0)
        {
            stem = fallback;
        }

        var slug = stem;
        for (var n = 2; !taken.Add(slug); n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            slug = stem[..Math.Min(stem.Length, Slug.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
        }

        return slug;
    }
}
