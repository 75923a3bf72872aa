using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Traceability;

/// <summary>What the scan page says first, from the product's OCOP standing on the day of the scan.</summary>
public sealed record ScanVerdict(CertificateStatus Status, StarRating? Stars, DateOnly? ValidThrough)
{
    public static ScanVerdict From(OcopStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return new ScanVerdict(standing.Status, standing.Stars, standing.ShowsOcopMark ? standing.Current?.ValidThrough : null);
    }

    public bool ShowsOcopMark => Status is CertificateStatus.Valid or CertificateStatus.Expiring;

    /// <summary>Good news, a warning or bad news: the colour, always next to words and an icon.</summary>
    public string Tone => Status switch
    {
        CertificateStatus.Valid or CertificateStatus.Expiring => "good",
        CertificateStatus.Expired or CertificateStatus.Revoked => "bad",
        _ => "warn",
    };

    public string Icon => Tone switch
    {
        "good" => "✓",
        "bad" => "✕",
        _ => "!",
    };
}
