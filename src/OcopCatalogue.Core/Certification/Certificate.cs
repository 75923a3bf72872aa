namespace OcopCatalogue.Core.Certification;

/// <summary>
/// One OCOP rating decision (or proposal) for a product. A product keeps its whole history of them:
/// first ratings, re-evaluations, upgrades, downgrades and revocations.
/// </summary>
public sealed class Certificate
{
    /// <summary>A certificate is valid for 36 months from its decision date.</summary>
    public const int ValidityMonths = 36;

    /// <summary>A valid certificate with this many days left or fewer is shown as expiring.</summary>
    public const int ExpiringWithinDays = 90;

    /// <summary>Stable key, shared with the uSync file of this certificate.</summary>
    public Guid Id { get; set; }
    public Guid ProductId { get; set; }
    /// <summary>Order within the product's history, 1 for the first rating.</summary>
    public int Sequence { get; set; }
    /// <summary>What the decision did, when recorded in the back office; null for records imported from sources that do not say.</summary>
    public EvaluationKind? Kind { get; set; }
    /// <summary>The council's score out of 100, when published.</summary>
    public decimal? Score { get; set; }
    /// <summary>Stars as published, used only when the score itself was not published.</summary>
    public StarRating? PublishedStars { get; set; }
    public IssuingLevel? Level { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    /// <summary>File name (made by the server) of the scan of the signed decision in the data directory; staff only.</summary>
    public string? DecisionScan { get; set; }
    /// <summary>Proposed by a council, not yet decided by the deciding level.</summary>
    public bool IsProposed { get; set; }
    public bool IsRevoked { get; set; }
    public DateOnly? RevokedOn { get; set; }
    /// <summary>The source states that this certificate has expired, though it gives no dates.</summary>
    public bool PublishedAsExpired { get; set; }
    /// <summary>The document the facts come from.</summary>
    public string? Source { get; set; }
    public string? Note { get; set; }

    /// <summary>Stars from the score by the bands of Decision 148, else the published stars; null when unknown.</summary>
    public StarRating? Stars => Score is { } score ? StarBands.FromScore(score) : PublishedStars;

    /// <summary>The first day the certificate is no longer valid, when the decision date is known. A revocation
    /// decision withdraws a rating and has no validity of its own.</summary>
    public DateOnly? ExpiresOn => Kind is EvaluationKind.Revocation ? null : DecisionDate?.AddMonths(ValidityMonths);

    /// <summary>The last day the certificate is valid, when the decision date is known.</summary>
    public DateOnly? ValidThrough => ExpiresOn?.AddDays(-1);

    /// <summary>
    /// The status of this record within its product's history: as <see cref="StatusOn(DateOnly)"/>, except that a
    /// certificate withdrawn by a later revocation record (the history is never rewritten, so the revocation is a
    /// record of its own) reads as revoked from the revocation's date.
    /// </summary>
    public CertificateStatus StatusOn(DateOnly day, IEnumerable<Certificate> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var own = StatusOn(day);
        if (own is CertificateStatus.Revoked or CertificateStatus.Proposed || Kind is EvaluationKind.Revocation)
        {
            return own;
        }

        var later = history.Where(c => c.Sequence > Sequence && !c.IsProposed).OrderBy(c => c.Sequence).FirstOrDefault();
        return later is { Kind: EvaluationKind.Revocation } && later.StatusOn(day) is CertificateStatus.Revoked
            ? CertificateStatus.Revoked
            : own;
    }

    public CertificateStatus StatusOn(DateOnly day)
    {
        if (IsRevoked && (RevokedOn is null || RevokedOn <= day))
        {
            return CertificateStatus.Revoked;
        }

        if (IsProposed)
        {
            return CertificateStatus.Proposed;
        }

        if (ExpiresOn is not { } expiresOn)
        {
            return PublishedAsExpired ? CertificateStatus.Expired : CertificateStatus.DateNotPublished;
        }

        var daysLeft = expiresOn.DayNumber - day.DayNumber;
        return daysLeft switch
        {
            <= 0 => CertificateStatus.Expired,
            <= ExpiringWithinDays => CertificateStatus.Expiring,
            _ => CertificateStatus.Valid,
        };
    }
}
