using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Search;

/// <summary>What the search index holds of one product, producer or sales point; derived from the content store.</summary>
public sealed record SearchDocument
{
    public required Guid ItemId { get; init; }
    public required SearchItemKind Kind { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    /// <summary>Producer of a product, kind of a producer or sales point: shown under the title.</summary>
    public string? Subtitle { get; init; }
    public int? Group { get; init; }
    public int? Stars { get; init; }
    /// <summary>The locality facet value: district when published, else commune or ward.</summary>
    public string? Locality { get; init; }
    /// <summary>The whole address as searchable text (commune, district, province), so "my khanh" finds what is made there.</summary>
    public string? Place { get; init; }
    public string? Producer { get; init; }
    public string? GroupName { get; init; }
    /// <summary>Plain text of the description and story.</summary>
    public string? Body { get; init; }
    /// <summary>The certificate in force, reduced to what the status on any day can be computed from.</summary>
    public IndexedCertificate Certificate { get; init; } = IndexedCertificate.None;
}

/// <summary>The part of a product's certificate history that decides its status on a given day.</summary>
public sealed record IndexedCertificate(IndexedCertificateKind Kind, DateOnly? ExpiresOn, DateOnly? RevokedOn)
{
    public static IndexedCertificate None { get; } = new(IndexedCertificateKind.None, null, null);

    /// <summary>The status on a given day, as <see cref="OcopStanding"/> would give it for the full history.</summary>
    public CertificateStatus StatusOn(DateOnly day)
    {
        if (RevokedOn is { } revokedOn && revokedOn <= day)
        {
            return CertificateStatus.Revoked;
        }

        switch (Kind)
        {
            case IndexedCertificateKind.None:
                return CertificateStatus.NotRated;
            case IndexedCertificateKind.Proposed:
                return CertificateStatus.Proposed;
            case IndexedCertificateKind.Undated:
                return CertificateStatus.DateNotPublished;
            case IndexedCertificateKind.Expired:
                return CertificateStatus.Expired;
            default:
                var daysLeft = ExpiresOn is { } expiresOn ? expiresOn.DayNumber - day.DayNumber : 0;
                return daysLeft switch
                {
                    <= 0 => CertificateStatus.Expired,
                    <= Certificate.ExpiringWithinDays => CertificateStatus.Expiring,
                    _ => CertificateStatus.Valid,
                };
        }
    }

    public static IndexedCertificate From(OcopStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        var current = standing.Current;
        if (current is null)
        {
            return None;
        }

        if (standing.Status == CertificateStatus.Proposed)
        {
            return new(IndexedCertificateKind.Proposed, null, null);
        }

        // A revocation without a published date counts from the beginning of time.
        DateOnly? revokedOn = current.IsRevoked ? current.RevokedOn ?? DateOnly.MinValue : null;
        if (current.ExpiresOn is { } expiresOn)
        {
            return new(IndexedCertificateKind.Dated, expiresOn, revokedOn);
        }

        return new(current.PublishedAsExpired ? IndexedCertificateKind.Expired : IndexedCertificateKind.Undated, null, revokedOn);
    }
}

public enum IndexedCertificateKind
{
    None,
    Proposed,
    Undated,
    Expired,
    Dated,
}

public enum SearchItemKind
{
    Product,
    Producer,
    SalesPoint,
}
