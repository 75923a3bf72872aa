using System.Globalization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// The facet choices of a product list, shared by the catalogue and search: read from the same URL tokens
/// (<c>nhom</c>, <c>sao</c>, <c>dia-phuong</c>, <c>loai-chu-the</c>, <c>trang-thai</c>), written back the same
/// way, toggled the same way, and matched against an item the same way, so each facet can count what every
/// other choice leaves.
/// </summary>
public sealed record FacetSelection
{
    public static FacetSelection None { get; } = new();

    public OcopGroup? Group { get; init; }
    public IReadOnlySet<StarRating> Stars { get; init; } = new HashSet<StarRating>();
    /// <summary>A locality key: the slug of the locality's name (<see cref="CatalogueEntry.LocalityKey"/>).</summary>
    public string? Locality { get; init; }
    public ProducerKind? ProducerKind { get; init; }
    public CertificateStatus? Status { get; init; }

    /// <summary>The year of the decision in force; <see cref="UnpublishedYear"/> for a decision whose date the sources did not publish.</summary>
    public int? DecisionYear { get; init; }

    public ExpiryChoice? Expiry { get; init; }

    /// <summary>The <see cref="DecisionYear"/> of decisions without a published date.</summary>
    public const int UnpublishedYear = 0;

    /// <summary>The <see cref="Locality"/> of items whose locality the sources did not publish.</summary>
    public const string UnpublishedLocality = CatalogueParameters.NotPublished;

    public bool IsEmpty => Group is null && Stars.Count == 0 && Locality is null && ProducerKind is null && Status is null && DecisionYear is null && Expiry is null;

    /// <summary>The choices in <paramref name="query"/> for the facets a page <paramref name="offers"/>; the rest are ignored.</summary>
    public static FacetSelection FromQuery(IQueryCollection query, Facet offers = Facet.All)
    {
        ArgumentNullException.ThrowIfNull(query);
        var stars = new HashSet<StarRating>();
        if (offers.HasFlag(Facet.Stars))
        {
            foreach (var value in QueryTokens.Values(query, CatalogueParameters.Stars))
            {
                if (QueryTokens.Number(value) is { } n && Enum.IsDefined(typeof(StarRating), n))
                {
                    stars.Add((StarRating)n);
                }
            }
        }

        return new FacetSelection
        {
            Group = offers.HasFlag(Facet.Group)
                ? QueryTokens.First(query, CatalogueParameters.Group, v => QueryTokens.Number(v) is { } n && Enum.IsDefined(typeof(OcopGroup), n) ? (OcopGroup?)n : null)
                : null,
            Stars = stars,
            Locality = offers.HasFlag(Facet.Locality) ? QueryTokens.First(query, CatalogueParameters.Locality, v => Slug.IsWellFormed(v) ? v : null) : null,
            ProducerKind = offers.HasFlag(Facet.ProducerKind)
                ? QueryTokens.First(query, CatalogueParameters.ProducerKind, v => QueryTokens.KeyOf(CatalogueParameters.ProducerKindTokens, v))
                : null,
            Status = offers.HasFlag(Facet.Status) ? QueryTokens.First(query, CatalogueParameters.Status, v => QueryTokens.KeyOf(CatalogueParameters.StatusTokens, v)) : null,
            DecisionYear = offers.HasFlag(Facet.DecisionYear) ? QueryTokens.First(query, CatalogueParameters.DecisionYear, ParseYear) : null,
            Expiry = offers.HasFlag(Facet.Expiry) ? QueryTokens.First(query, CatalogueParameters.Expiry, ExpiryChoice.Parse) : null,
        };
    }

    /// <summary>Adds the chosen values to a URL's pairs, in a fixed order so one state always gives one URL.</summary>
    public void AddTo(ICollection<KeyValuePair<string, string?>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (Group is { } group)
        {
            pairs.Add(new(CatalogueParameters.Group, ((int)group).ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var star in Stars.Order())
        {
            pairs.Add(new(CatalogueParameters.Stars, ((int)star).ToString(CultureInfo.InvariantCulture)));
        }

        if (Locality is not null)
        {
            pairs.Add(new(CatalogueParameters.Locality, Locality));
        }

        if (ProducerKind is { } kind)
        {
            pairs.Add(new(CatalogueParameters.ProducerKind, CatalogueParameters.ProducerKindTokens[kind]));
        }

        if (Status is { } status)
        {
            pairs.Add(new(CatalogueParameters.Status, CatalogueParameters.StatusTokens[status]));
        }

        if (DecisionYear is { } year)
        {
            pairs.Add(new(CatalogueParameters.DecisionYear, YearToken(year)));
        }

        if (Expiry is { } expiry)
        {
            pairs.Add(new(CatalogueParameters.Expiry, expiry.Token));
        }
    }

    /// <summary>The URL value of a decision year (<see cref="UnpublishedYear"/> is <see cref="CatalogueParameters.NotPublished"/>).</summary>
    public static string YearToken(int year) =>
        year == UnpublishedYear ? CatalogueParameters.NotPublished : year.ToString(CultureInfo.InvariantCulture);

    private static int? ParseYear(string value) =>
        value == CatalogueParameters.NotPublished ? UnpublishedYear
        : value.Length == 4 && QueryTokens.Number(value) is { } year && year >= 1900 ? year
        : null;

    /// <summary>With this group chosen, or with no group when it is the one chosen.</summary>
    public FacetSelection ToggleGroup(OcopGroup group) => this with { Group = Group == group ? null : group };

    /// <summary>With this star rating added to the choices, or taken out when it is one of them.</summary>
    public FacetSelection ToggleStars(StarRating stars)
    {
        var chosen = new HashSet<StarRating>(Stars);
        if (!chosen.Add(stars))
        {
            chosen.Remove(stars);
        }

        return this with { Stars = chosen };
    }

    public FacetSelection ToggleLocality(string key) => this with { Locality = Locality == key ? null : key };

    public FacetSelection ToggleStatus(CertificateStatus status) => this with { Status = Status == status ? null : status };

    /// <summary>The facets whose choice an item with these values does not pass; <see cref="Facet.None"/> when it passes all.</summary>
    public Facet Misses(OcopGroup? group, StarRating? stars, string? localityKey, ProducerKind? producerKind, CertificateStatus status)
    {
        var missed = Facet.None;
        if (Group is not null && group != Group)
        {
            missed |= Facet.Group;
        }

        if (Stars.Count > 0 && !(stars is { } rating && Stars.Contains(rating)))
        {
            missed |= Facet.Stars;
        }

        if (Locality is not null && localityKey != Locality)
        {
            missed |= Facet.Locality;
        }

        if (ProducerKind is not null && producerKind != ProducerKind)
        {
            missed |= Facet.ProducerKind;
        }

        if (Status is not null && status != Status)
        {
            missed |= Facet.Status;
        }

        return missed;
    }

    /// <summary>As <see cref="Misses(OcopGroup?, StarRating?, string?, ProducerKind?, CertificateStatus)"/>, with the facets only
    /// catalogue entries know (decision year, expiry).</summary>
    public Facet Misses(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var missed = Misses(entry.Group, entry.Stars, entry.LocalityKey.Length > 0 ? entry.LocalityKey : UnpublishedLocality, entry.ProducerKind, entry.Status);
        if (DecisionYear is { } year && !(entry.IsDecided && (entry.DecisionYear ?? UnpublishedYear) == year))
        {
            missed |= Facet.DecisionYear;
        }

        if (Expiry is { } expiry && !expiry.Includes(entry))
        {
            missed |= Facet.Expiry;
        }

        return missed;
    }

    /// <summary>Whether an item that <paramref name="missed"/> these facets counts for the options of <paramref name="facet"/>:
    /// it must pass every choice but that facet's own, so a count says how many items the option would give.</summary>
    public static bool CountsFor(Facet missed, Facet facet) => (missed & ~facet) == Facet.None;

    /// <summary>Two selections are equal when they choose the same; the star choices compare as a set.</summary>
    public bool Equals(FacetSelection? other) =>
        other is not null
        && Group == other.Group
        && Stars.SetEquals(other.Stars)
        && Locality == other.Locality
        && ProducerKind == other.ProducerKind
        && Status == other.Status
        && DecisionYear == other.DecisionYear
        && Expiry == other.Expiry;

    public override int GetHashCode() =>
        HashCode.Combine(Group, Stars.Aggregate(0, (hash, star) => hash | (1 << (int)star)), Locality, ProducerKind, Status, DecisionYear, Expiry);
}
