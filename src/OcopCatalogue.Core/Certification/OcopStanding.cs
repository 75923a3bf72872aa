namespace OcopCatalogue.Core.Certification;

/// <summary>
/// Where a product stands in the OCOP programme on a given day, from its whole certificate history:
/// the certificate in force (the latest decided one), and any newer proposal awaiting a decision.
/// </summary>
public sealed record OcopStanding(CertificateStatus Status, Certificate? Current, Certificate? PendingProposal)
{
    public static OcopStanding NotRated { get; } = new(CertificateStatus.NotRated, null, null);

    /// <summary>The OCOP mark may be shown only while a certificate is valid.</summary>
    public bool ShowsOcopMark => Status is CertificateStatus.Valid or CertificateStatus.Expiring;

    /// <summary>Stars of the certificate in force; a proposal's stars are not the product's stars yet.</summary>
    public StarRating? Stars => Current is not null && Status is not CertificateStatus.Proposed ? Current.Stars : null;

    public static OcopStanding On(IEnumerable<Certificate> history, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        var ordered = history.OrderBy(c => c.Sequence).ToList();
        if (ordered.Count == 0)
        {
            return NotRated;
        }

        var latestDecided = ordered.LastOrDefault(c => c.StatusOn(day) is not CertificateStatus.Proposed);
        var latestProposal = ordered.LastOrDefault(c => c.StatusOn(day) is CertificateStatus.Proposed);
        var pending = latestProposal is not null && (latestDecided is null || latestProposal.Sequence > latestDecided.Sequence)
            ? latestProposal
            : null;

        return latestDecided is null
            ? new OcopStanding(CertificateStatus.Proposed, pending, pending)
            : new OcopStanding(latestDecided.StatusOn(day), latestDecided, pending);
    }
}
