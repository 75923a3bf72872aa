using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>
/// Writes decisions into a product's certificate history (docs/decisions/0010): a new record per decision, or a typing
/// correction of one record. Each is saved with its audit entry in one transaction and then published, so the public
/// page, the search index and the uSync export follow.
/// </summary>
public sealed class CertificateRecorder(OcopDbContext db, AuditTrail audit, ContentPublisher publisher, TimeProvider clock)
{
    public const string Origin = "back office: certificate";
    public const string RecordedAction = "certificate.recorded";
    public const string CorrectedAction = "certificate.corrected";

    /// <summary>Appends the decision to the (tracked) product's history. The caller has checked it with <see cref="CertificateEvaluation.Check"/>.</summary>
    public async Task<Certificate> RecordAsync(Product product, EvaluationEvent evaluation, string? decisionScan, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        var today = VietnamTime.Today(clock);
        var certificate = CertificateEvaluation.Record(Guid.NewGuid(), product.Id, evaluation, product.Certificates, today);
        certificate.DecisionScan = decisionScan;
        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        await using (transaction.ConfigureAwait(false))
        {
            product.Certificates.Add(certificate);
            product.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(by, RecordedAction, ContentItemType.Certificate, certificate.Id, Describe(product, certificate), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await PublishAsync(product, certificate, cancellationToken);
        return certificate;
    }

    /// <summary>Corrects the facts of one record, keeping its kind; the audit entry holds each changed fact before and after.</summary>
    public async Task CorrectAsync(Product product, Certificate certificate, EvaluationEvent corrected, string? newDecisionScan, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(certificate);
        var before = Facts(certificate);
        CertificateEvaluation.Apply(corrected, certificate);
        if (newDecisionScan is not null)
        {
            certificate.DecisionScan = newDecisionScan;
        }

        var changes = Facts(certificate).Where(after => before[after.Key] != after.Value)
            .Select(after => $"{after.Key}: {Quote(before[after.Key])} -> {Quote(after.Value)}")
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        await using (transaction.ConfigureAwait(false))
        {
            product.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(by, CorrectedAction, ContentItemType.Certificate, certificate.Id,
                $"{product.Name} #{certificate.Sequence}; " + string.Join("; ", changes), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await PublishAsync(product, certificate, cancellationToken);
    }

    /// <summary>Loads a product with its producer and history for changing, or null.</summary>
    public Task<Product?> FindProductAsync(Guid productId, CancellationToken cancellationToken) =>
        db.Products.Include(p => p.Certificates).Include(p => p.Producer).SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);

    private Task PublishAsync(Product product, Certificate certificate, CancellationToken cancellationToken) =>
        publisher.PublishAsync(new ContentPublished(
            [new ContentItemRef(ContentItemType.Certificate, certificate.Id), new ContentItemRef(ContentItemType.Product, product.Id)],
            Origin), cancellationToken);

    private static string Describe(Product product, Certificate c)
    {
        var text = new StringBuilder()
            .Append(product.Name).Append(" #").Append(c.Sequence.ToString(CultureInfo.InvariantCulture))
            .Append(": ").Append(c.Kind);
        foreach (var (name, value) in Facts(c).Where(f => f.Value is not null))
        {
            text.Append("; ").Append(name).Append(' ').Append(value);
        }

        return text.ToString();
    }

    private static Dictionary<string, string?> Facts(Certificate c) => new(StringComparer.Ordinal)
    {
        ["score"] = c.Score?.ToString(CultureInfo.InvariantCulture),
        ["stars"] = c.PublishedStars?.ToString(),
        ["level"] = c.Level?.ToString(),
        ["decisionNumber"] = c.DecisionNumber,
        ["decisionDate"] = c.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["decisionScan"] = c.DecisionScan,
        ["note"] = c.Note,
    };

    private static string Quote(string? value) => value is null ? "null" : "'" + value + "'";
}
