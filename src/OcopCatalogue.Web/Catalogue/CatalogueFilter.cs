using System.Globalization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// What a visitor asked the catalogue for, read from the query string. Anything that is not a value the
/// catalogue offers is ignored rather than rejected: a hand-edited or truncated URL still shows a page.
/// </summary>
public sealed record CatalogueFilter
{
    public const int PageSize = 12;

    // No token of ours is this long; longer values are not even looked at.
    private const int MaxValueLength = 100;

    public static CatalogueFilter None { get; } = new();

    public OcopGroup? Group { get; init; }
    public IReadOnlySet<StarRating> Stars { get; init; } = new HashSet<StarRating>();
    /// <summary>A locality key (<see cref="CatalogueEntry.LocalityKey"/>).</summary>
    public string? Locality { get; init; }
    public ProducerKind? ProducerKind { get; init; }
    public CertificateStatus? Status { get; init; }
    public CatalogueSort Sort { get; init; }
    public int Page { get; init; } = 1;

    public bool IsFiltered => Group is not null || Stars.Count > 0 || Locality is not null || ProducerKind is not null || Status is not null;

    public static CatalogueFilter FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var stars = new HashSet<StarRating>();
        foreach (var value in Values(query, CatalogueParameters.Stars))
        {
            if (ParseNumber(value) is { } n && Enum.IsDefined(typeof(StarRating), n))
            {
                stars.Add((StarRating)n);
            }
        }

        return new CatalogueFilter
        {
            Group = First(query, CatalogueParameters.Group, v => ParseNumber(v) is { } n && Enum.IsDefined(typeof(OcopGroup), n) ? (OcopGroup?)n : null),
            Stars = stars,
            Locality = First(query, CatalogueParameters.Locality, v => OcopCatalogue.Core.Text.Slug.IsWellFormed(v) ? v : null),
            ProducerKind = First(query, CatalogueParameters.ProducerKind, v => KeyOf(CatalogueParameters.ProducerKindTokens, v)),
            Status = First(query, CatalogueParameters.Status, v => KeyOf(CatalogueParameters.StatusTokens, v)),
            Sort = First(query, CatalogueParameters.Sort, v => KeyOf(CatalogueParameters.SortTokens, v)) ?? CatalogueSort.Name,
            Page = First<int>(query, CatalogueParameters.Page, v => ParseNumber(v) is { } n && n >= 1 ? n : null) ?? 1,
        };
    }

    /// <summary>The catalogue URL for this filter (defaults left out), on the given page or this filter's page.</summary>
    public string ToUrl(int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
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

        if (Sort != CatalogueSort.Name)
        {
            pairs.Add(new(CatalogueParameters.Sort, CatalogueParameters.SortTokens[Sort]));
        }

        var pageNumber = page ?? Page;
        if (pageNumber > 1)
        {
            pairs.Add(new(CatalogueParameters.Page, pageNumber.ToString(CultureInfo.InvariantCulture)));
        }

        return Site.SiteLanguage.Localize(CatalogueParameters.Path + QueryString.Create(pairs).ToUriComponent());
    }

    /// <summary>
    /// Filters, counts, sorts and pages the entries. Each facet's counts apply every other filter but its own,
    /// so a count says how many products that choice would give.
    /// </summary>
    public CatalogueResult Apply(IReadOnlyCollection<CatalogueEntry> entries, StringComparer nameOrder)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(nameOrder);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.LocalityKey.Length > 0)
            {
                names.TryAdd(entry.LocalityKey, entry.Locality);
            }
        }

        var localities = names.Select(n => (Key: n.Key, Name: n.Value)).OrderBy(l => l.Name, nameOrder).ToList();

        // A locality nobody is in is a stale or hand-made link: ignore it like any other unknown value.
        var effective = Locality is not null && !names.ContainsKey(Locality) ? this with { Locality = null } : this;

        // One pass over the products: each counts for the options of a facet when it passes every filter but
        // that facet's own (a few thousand products times every option of every facet was most of the page's time).
        var matching = new List<CatalogueEntry>();
        var groups = new Dictionary<OcopGroup, int>();
        var stars = new Dictionary<StarRating, int>();
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<ProducerKind, int>();
        var statuses = new Dictionary<CertificateStatus, int>();
        foreach (var entry in entries)
        {
            var failed = effective.Failed(entry);
            if (failed == Facet.None)
            {
                matching.Add(entry);
            }

            if ((failed & ~Facet.Group) == Facet.None)
            {
                groups[entry.Group] = groups.GetValueOrDefault(entry.Group) + 1;
            }

            if ((failed & ~Facet.Stars) == Facet.None && entry.Stars is { } rating)
            {
                stars[rating] = stars.GetValueOrDefault(rating) + 1;
            }

            if ((failed & ~Facet.Locality) == Facet.None && entry.LocalityKey.Length > 0)
            {
                places[entry.LocalityKey] = places.GetValueOrDefault(entry.LocalityKey) + 1;
            }

            if ((failed & ~Facet.ProducerKind) == Facet.None && entry.ProducerKind is { } kind)
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }

            if ((failed & ~Facet.Status) == Facet.None)
            {
                statuses[entry.Status] = statuses.GetValueOrDefault(entry.Status) + 1;
            }
        }

        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = Math.Min(effective.Page, pageCount);
        effective = effective with { Page = page };

        var items = effective.Ordered(matching, nameOrder).Skip((page - 1) * PageSize).Take(PageSize).ToList();

        return new CatalogueResult
        {
            Filter = effective,
            Items = items,
            Total = matching.Count,
            PageCount = pageCount,
            Groups = Enum.GetValues<OcopGroup>().Select(g => new FacetCount<OcopGroup>(g, groups.GetValueOrDefault(g))).ToList(),
            Stars = Enum.GetValues<StarRating>().Select(s => new FacetCount<StarRating>(s, stars.GetValueOrDefault(s))).ToList(),
            Localities = localities.Select(l => new LocalityCount(l.Key, l.Name, places.GetValueOrDefault(l.Key))).ToList(),
            ProducerKinds = Enum.GetValues<ProducerKind>().Select(k => new FacetCount<ProducerKind>(k, kinds.GetValueOrDefault(k))).ToList(),
            Statuses = CatalogueParameters.StatusTokens.Keys.Select(s => new FacetCount<CertificateStatus>(s, statuses.GetValueOrDefault(s))).ToList(),
        };
    }

    /// <summary>Two filters are equal when they ask for the same thing; the star choices compare as a set.</summary>
    public bool Equals(CatalogueFilter? other) =>
        other is not null
        && Group == other.Group
        && Stars.SetEquals(other.Stars)
        && Locality == other.Locality
        && ProducerKind == other.ProducerKind
        && Status == other.Status
        && Sort == other.Sort
        && Page == other.Page;

    public override int GetHashCode() =>
        HashCode.Combine(Group, Stars.Aggregate(0, (hash, star) => hash | (1 << (int)star)), Locality, ProducerKind, Status, Sort, Page);

    /// <summary>The filters the entry does not pass, as flags.</summary>
    private Facet Failed(CatalogueEntry entry)
    {
        var failed = Facet.None;
        if (Group is not null && entry.Group != Group)
        {
            failed |= Facet.Group;
        }

        if (Stars.Count > 0 && !(entry.Stars is { } stars && Stars.Contains(stars)))
        {
            failed |= Facet.Stars;
        }

        if (Locality is not null && entry.LocalityKey != Locality)
        {
            failed |= Facet.Locality;
        }

        if (ProducerKind is not null && entry.ProducerKind != ProducerKind)
        {
            failed |= Facet.ProducerKind;
        }

        if (Status is not null && entry.Status != Status)
        {
            failed |= Facet.Status;
        }

        return failed;
    }

    private IEnumerable<CatalogueEntry> Ordered(IEnumerable<CatalogueEntry> entries, StringComparer nameOrder) => Sort switch
    {
        CatalogueSort.HighestScore => entries
            .OrderByDescending(e => e.Score is not null)
            .ThenByDescending(e => e.Score)
            .ThenByDescending(e => e.Stars)
            .ThenBy(e => e.Name, nameOrder)
            .ThenBy(e => e.Slug, StringComparer.Ordinal),
        CatalogueSort.RecentlyUpdated => entries
            .OrderByDescending(e => e.UpdatedAt)
            .ThenBy(e => e.Name, nameOrder)
            .ThenBy(e => e.Slug, StringComparer.Ordinal),
        _ => entries.OrderBy(e => e.Name, nameOrder).ThenBy(e => e.Slug, StringComparer.Ordinal),
    };

    private static IEnumerable<string> Values(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values)
            ? values.Where(v => v is { Length: > 0 and <= MaxValueLength }).Select(v => v!.Trim())
            : [];

    /// <summary>The first value of a repeated key that means something; later repeats are ignored.</summary>
    private static T? First<T>(IQueryCollection query, string key, Func<string, T?> parse)
        where T : struct =>
        Values(query, key).Select(parse).FirstOrDefault(v => v is not null);

    private static string? First(IQueryCollection query, string key, Func<string, string?> parse) =>
        Values(query, key).Select(parse).FirstOrDefault(v => v is not null);

    private static int? ParseNumber(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static T? KeyOf<T>(IReadOnlyDictionary<T, string> tokens, string value)
        where T : struct =>
        tokens.Where(t => t.Value == value).Select(t => (T?)t.Key).FirstOrDefault();

    [Flags]
    private enum Facet
    {
        None = 0,
        Group = 1,
        Stars = 2,
        Locality = 4,
        ProducerKind = 8,
        Status = 16,
    }
}
