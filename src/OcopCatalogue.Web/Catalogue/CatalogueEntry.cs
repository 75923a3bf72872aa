using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// One published product as the catalogue lists it: what a card shows and what the filters look at,
/// with the product's OCOP standing already worked out for the day the page is served.
/// </summary>
public sealed record CatalogueEntry
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    /// <summary>The English name when translated; cards on the English site fall back to <see cref="Name"/>.</summary>
    public string? NameEn { get; init; }
    public required OcopGroup Group { get; init; }
    private readonly OcopStanding _standing = OcopStanding.NotRated;

    public required OcopStanding Standing
    {
        get => _standing;
        init
        {
            _standing = value;
            // Worked out once, like LocalityKey: every facet count and sort asks for them, for every product.
            Stars = value.Status is CertificateStatus.Revoked ? null : value.Stars;
            Score = Stars is null ? null : value.Current?.Score;
            IsDecided = value.Status is not (CertificateStatus.NotRated or CertificateStatus.Proposed);
            DecisionYear = IsDecided ? value.Current?.DecisionDate?.Year : null;
            ValidThrough = value.ShowsOcopMark ? value.Current?.ValidThrough : null;
        }
    }
    /// <summary>The producer the product names, published or not: a publish of that producer changes this entry.</summary>
    public Guid? ProducerId { get; init; }

    /// <summary>Null when no published producer is known.</summary>
    public string? ProducerName { get; init; }
    public string? ProducerNameEn { get; init; }
    public ProducerKind? ProducerKind { get; init; }
    private readonly AdministrativeLocality _place;

    /// <summary>What the locality filter counts the product under: today's province where known, else the
    /// district, commune or province as published (<see cref="LocalityAsPublished"/>).</summary>
    public AdministrativeLocality Place
    {
        get => _place;
        init
        {
            _place = value;
            // Worked out once: the filters compare it for every product and every option.
            LocalityKey = value.Key;
        }
    }

    /// <summary>The name of <see cref="Place"/>; empty when unknown. Given alone, it is a locality as published.</summary>
    public string Locality
    {
        get => _place.Name ?? "";
        init => Place = AdministrativeUnits.GroupingLocality(null, value);
    }

    /// <summary>True when <see cref="Locality"/> is the published text, not a province of today.</summary>
    public bool LocalityAsPublished => _place.AsPublished;

    /// <summary>The key of <see cref="Locality"/> in the catalogue's URL (<c>dia-phuong</c>).</summary>
    public string LocalityKey { get; private init; } = "";
    public string? ShortDescription { get; init; }
    public ProductImage? Image { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// The stars the catalogue shows and filters on: those of the certificate in force, even when expired
    /// (the status pill says so), but not of a revoked one, and never of a mere proposal.
    /// </summary>
    public StarRating? Stars { get; private init; }

    /// <summary>The score behind <see cref="Stars"/>, when published.</summary>
    public decimal? Score { get; private init; }

    public CertificateStatus Status => Standing.Status;

    /// <summary>A decision (not a mere proposal) is in force or was: the product has a decision year, published or not.</summary>
    public bool IsDecided { get; private init; }

    /// <summary>The year of the decision in force; null when not decided or when the source gave no date.</summary>
    public int? DecisionYear { get; private init; }

    /// <summary>The last valid day of a certificate that is valid today; null otherwise.</summary>
    public DateOnly? ValidThrough { get; private init; }

    /// <summary>
    /// How many calendar months after the list's day <see cref="ValidThrough"/> falls (0 for this month), worked out
    /// when the list is read for a day, so the catalogue's "within six months" needs no clock.
    /// </summary>
    public int? ExpiryMonthsAhead { get; init; }
}
