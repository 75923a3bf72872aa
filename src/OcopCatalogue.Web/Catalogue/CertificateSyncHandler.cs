using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Certificates in uSync: <c>certificates/{product-slug}-{sequence}.json</c>, read after products. A changed
/// certificate changes its product's page too.
/// </summary>
public sealed class CertificateSyncHandler(OcopDbContext db, TimeProvider clock) : SyncHandler<CertificateFile, Certificate>(db, clock)
{
    public const string FolderName = "certificates";

    public override ContentItemType Type => ContentItemType.Certificate;

    public override string Folder => FolderName;

    public override int ImportOrder => 400;

    /// <summary>A certificate's file: its product's slug and its sequence, which is digits only, so the pair is unambiguous.</summary>
    public static string FileName(string productSlug, int sequence)
    {
        _ = USyncFileName.Of(FolderName, productSlug);
        return $"{FolderName}/{productSlug}-{sequence}.json";
    }

    public override CertificateFile ToFile(Certificate entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Canonical(new CertificateFile
        {
            Key = entity.Id,
            Product = entity.ProductId,
            Sequence = entity.Sequence,
            Kind = entity.Kind,
            Score = entity.Score,
            PublishedStars = entity.PublishedStars,
            Level = entity.Level,
            DecisionNumber = entity.DecisionNumber,
            DecisionDate = entity.DecisionDate,
            DecisionScan = entity.DecisionScan,
            IsProposed = entity.IsProposed,
            IsRevoked = entity.IsRevoked,
            RevokedOn = entity.RevokedOn,
            PublishedAsExpired = entity.PublishedAsExpired,
            Source = entity.Source,
            Note = entity.Note,
        });
    }

    public override void Apply(CertificateFile file, Certificate entity)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Id = file.Key;
        entity.ProductId = file.Product;
        entity.Sequence = file.Sequence;
        entity.Kind = file.Kind;
        entity.Score = file.Score is { } score ? CanonicalScore(score) : null;
        entity.PublishedStars = file.PublishedStars;
        entity.Level = file.Level;
        entity.DecisionNumber = file.DecisionNumber;
        entity.DecisionDate = file.DecisionDate;
        entity.DecisionScan = file.DecisionScan;
        entity.IsProposed = file.IsProposed;
        entity.IsRevoked = file.IsRevoked;
        entity.RevokedOn = file.RevokedOn;
        entity.PublishedAsExpired = file.PublishedAsExpired;
        entity.Source = file.Source;
        entity.Note = file.Note;
    }

    public override CertificateFile Canonical(CertificateFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file with { Score = file.Score is { } score ? CanonicalScore(score) : null };
    }

    public override IEnumerable<(string Property, string Message)> Check(CertificateFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. USyncChecks.Key(file.Key), .. Findings(CertificateRules.Check(file))];
    }

    protected override Guid KeyOf(CertificateFile file) => file.Key;

    protected override async Task<Func<Certificate, string?>> NamesAsync(IReadOnlyCollection<Certificate> entities, CancellationToken cancellationToken)
    {
        var slugs = await OwningProduct.SlugsAsync(Db, entities.Select(c => c.ProductId), cancellationToken).ConfigureAwait(false);
        return c => slugs.TryGetValue(c.ProductId, out var slug) ? FileName(slug, c.Sequence) : null;
    }

    /// <summary>The product named must be stored, and its sequence number free.</summary>
    protected override async Task<bool> CheckStoreAsync(IncomingFile file, CertificateFile data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(data);
        if (await OwningProduct.FindAsync(Db, file, data.Product, cancellationToken).ConfigureAwait(false) is not { } product)
        {
            return false;
        }

        var sequenceOwner = await Db.Certificates
            .Where(c => c.ProductId == data.Product && c.Sequence == data.Sequence && c.Id != data.Key)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (sequenceOwner is { } owner)
        {
            file.Fail("sequence", $"product '{product.Slug}' already has certificate {data.Sequence} ({await DescribeAsync(owner, cancellationToken).ConfigureAwait(false)}).");
            return false;
        }

        return true;
    }

    /// <summary>The product page shows its certificates, so the product has changed for readers (and caches) too.</summary>
    protected override async Task<IReadOnlyList<ContentItemRef>> ChangedAsync(CertificateFile data, Certificate entity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        // Tracked since CheckStoreAsync loaded it, so this asks the change tracker, not the database.
        var product = await Db.Products.FindAsync([data.Product], cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Product {data.Product} vanished during the import of certificate {data.Key}.");
        product.UpdatedAt = now;
        return [new ContentItemRef(ContentItemType.Certificate, data.Key), new ContentItemRef(ContentItemType.Product, product.Id)];
    }

    protected override string Describe(FieldProblem problem, string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var a = problem.Arguments;
        return problem.MessageKey switch
        {
            FieldMessage.Required when propertyPath == "product" => "product is missing: give the key of the certified product.",
            CertificateRules.SequenceInvalid => $"sequence {a[0]} is not valid: the first certificate of a product is 1.",
            CertificateRules.ScoreOutOfRange => $"score {a[0]} is outside {a[1]}–{a[2]} points.",
            CertificateRules.ScoreTooPrecise => $"score {a[0]} has more than two decimals.",
            CertificateRules.StarsDisagreeWithScore => $"publishedStars {a[0]} disagrees with score {a[1]}; leave it null when the score is published.",
            CertificateRules.StarsUnknown => $"publishedStars {a[0]} is not a star rating.",
            CertificateRules.RevokedOnWithoutRevocation => "revokedOn is set but isRevoked is false.",
            CertificateRules.KindUnknown => $"kind {a[0]} is not one of {a[1]}.",
            CertificateRules.NotARevocation => "a Revocation withdraws a rating: isRevoked is true and score and publishedStars are null.",
            CertificateRules.DecisionScanMalformed => $"decisionScan '{a[0]}' is not a file name the site made (32 hex digits and .pdf, .jpg or .png).",
            _ => base.Describe(problem, propertyPath),
        };
    }

    /// <summary>
    /// A score with at least one decimal and no trailing zeros (65.30 is written 65.3, 59 is written 59.0): the
    /// number as published, in one spelling, whatever scale the database hands back.
    /// </summary>
    private static decimal CanonicalScore(decimal score) =>
        decimal.Parse(score.ToString("0.0#############", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
