using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// The uSync file of one certificate (or proposal) of a product: <c>uSync/certificates/{product-slug}-{sequence}.json</c>.
/// Stars are not stored: they follow from the score by the bands of Decision 148.
/// </summary>
public sealed record CertificateFile : ICertificateFields
{
    public Guid Key { get; init; }
    /// <summary>Key of the product.</summary>
    public Guid Product { get; init; }
    public int Sequence { get; init; }
    /// <summary>What the decision did (NewRating, Renewal, Upgrade, Downgrade, Revocation); null when the source does not say.</summary>
    public EvaluationKind? Kind { get; init; }
    public decimal? Score { get; init; }
    public StarRating? PublishedStars { get; init; }
    public IssuingLevel? Level { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
    /// <summary>Server-made file name of the scanned decision in the data directory (not in uSync: staff only).</summary>
    public string? DecisionScan { get; init; }
    public bool IsProposed { get; init; }
    public bool IsRevoked { get; init; }
    public DateOnly? RevokedOn { get; init; }
    public bool PublishedAsExpired { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
}
