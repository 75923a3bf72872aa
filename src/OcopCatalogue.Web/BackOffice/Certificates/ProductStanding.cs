using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>One product's OCOP standing today, as the certificate pages list it.</summary>
public sealed record ProductStanding
{
    public required Guid ProductId { get; init; }
    public required string ProductName { get; init; }
    public required PublicationState ProductState { get; init; }
    public Guid? ProducerId { get; init; }
    public string? ProducerName { get; init; }
    /// <summary>District, else commune or ward, else province, as published for the producer (or the product's origin).</summary>
    public required string Locality { get; init; }
    /// <summary>The producer's whole address as published (or the product's origin); empty when unknown.</summary>
    public string Address { get; init; } = "";
    public required OcopStanding Standing { get; init; }
    public required DateOnly Today { get; init; }
    public int CertificateCount { get; init; }

    /// <summary>Days from today to the first day the certificate in force is no longer valid.</summary>
    public int? DaysLeft => Standing.Current?.ExpiresOn is { } expires ? expires.DayNumber - Today.DayNumber : null;

    /// <summary>Since when the OCOP mark must be off: the day of the revocation or of the expiry; null when not known.</summary>
    public DateOnly? MarkOffSince => Standing.Status switch
    {
        CertificateStatus.Revoked => Standing.Current?.RevokedOn,
        CertificateStatus.Expired => Standing.Current?.ExpiresOn,
        _ => null,
    };

    public bool MarkMustComeOff => Standing.Status is CertificateStatus.Expired or CertificateStatus.Revoked;
}
