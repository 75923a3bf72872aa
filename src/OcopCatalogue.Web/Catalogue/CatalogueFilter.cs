using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// What a visitor asked the catalogue for, read from the query string: the facet choices it shares with search,
/// a sort and a page. Anything that is not a value the catalogue offers is ignored rather than rejected.
/// </summary>
public sealed record CatalogueFilter
{
    public const int PageSize = 12;

    public static CatalogueFilter None { get; } = new();

    public FacetSelection Facets { get; init; } = FacetSelection.None;
    public CatalogueSort Sort { get; init; }
    public int Page { get; init; } = 1;

    public bool IsFiltered => !Facets.IsEmpty;

    public static CatalogueFilter FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new CatalogueFilter
        {
            Facets = FacetSelection.FromQuery(query),
            Sort = QueryTokens.First(query, CatalogueParameters.Sort, v => QueryTokens.KeyOf(CatalogueParameters.SortTokens, v)) ?? CatalogueSort.Name,
            Page = QueryTokens.Page(query),
        };
    }

    /// <summary>The catalogue URL for this filter (defaults left out), on the given page or this filter's page.</summary>
    public string ToUrl(int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        Facets.AddTo(pairs);
        if (Sort != CatalogueSort.Name)
        {
            pairs.Add(new(CatalogueParameters.Sort, CatalogueParameters.SortTokens[Sort]));
        }

        QueryTokens.AddPage(pairs, page ?? Page);
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

        var names = new Dictionary<string, AdministrativeLocality>(StringComparer.Ordinal);
        var years = new SortedSet<int>();
        var months = new SortedSet<DateOnly>();
        var unplaced = false;
        foreach (var entry in entries)
        {
            if (entry.LocalityKey.Length > 0)
            {
                // A name both published and a province of today (An Giang) is today's province: marked only when all are old.
                names[entry.LocalityKey] = names.TryGetValue(entry.LocalityKey, out var seen)
                    ? seen with { AsPublished = seen.AsPublished && entry.LocalityAsPublished }
                    : entry.Place;
            }
            else
            {
                unplaced = true;
            }

            if (entry.IsDecided)
            {
                years.Add(entry.DecisionYear ?? FacetSelection.UnpublishedYear);
            }

            if (entry.ValidThrough is { } last)
            {
                months.Add(new DateOnly(last.Year, last.Month, 1));
            }
        }

        // Items without a published locality are a choice of their own, last, named by the page (its name is empty).
        // Today's provinces first, then localities counted as published (older names, marked by the page).
        var localities = names.Select(n => (Key: n.Key, Name: n.Value.Name, n.Value.AsPublished)).OrderBy(l => l.AsPublished).ThenBy(l => l.Name, nameOrder).ToList();
        if (unplaced && !names.ContainsKey(FacetSelection.UnpublishedLocality))
        {
            names.Add(FacetSelection.UnpublishedLocality, default);
            localities.Add((FacetSelection.UnpublishedLocality, "", false));
        }

        // A locality nobody is in is a stale or hand-made link: ignore it like any other unknown value.
        var effective = Facets.Locality is { } chosen && !names.ContainsKey(chosen) ? this with { Facets = Facets with { Locality = null } } : this;

        // One pass over the products: each counts for the options of a facet when it passes every filter but
        // that facet's own (a few thousand products times every option of every facet was most of the page's time).
        var matching = new List<CatalogueEntry>();
        var groups = new Dictionary<OcopGroup, int>();
        var stars = new Dictionary<StarRating, int>();
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<ProducerKind, int>();
        var statuses = new Dictionary<CertificateStatus, int>();
        var decisionYears = new Dictionary<int, int>();
        var expiries = new Dictionary<ExpiryChoice, int>();
        foreach (var entry in entries)
        {
            var missed = effective.Facets.Misses(entry);
            if (missed == Facet.None)
            {
                matching.Add(entry);
            }

            if (FacetSelection.CountsFor(missed, Facet.Group))
            {
                groups[entry.Group] = groups.GetValueOrDefault(entry.Group) + 1;
            }

            if (FacetSelection.CountsFor(missed, Facet.Stars) && entry.Stars is { } rating)
            {
                stars[rating] = stars.GetValueOrDefault(rating) + 1;
            }

            if (FacetSelection.CountsFor(missed, Facet.Locality))
            {
                var place = entry.LocalityKey.Length > 0 ? entry.LocalityKey : FacetSelection.UnpublishedLocality;
                places[place] = places.GetValueOrDefault(place) + 1;
            }

            if (FacetSelection.CountsFor(missed, Facet.ProducerKind) && entry.ProducerKind is { } kind)
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }

            if (FacetSelection.CountsFor(missed, Facet.Status))
            {
                statuses[entry.Status] = statuses.GetValueOrDefault(entry.Status) + 1;
            }

            if (FacetSelection.CountsFor(missed, Facet.DecisionYear) && entry.IsDecided)
            {
                var year = entry.DecisionYear ?? FacetSelection.UnpublishedYear;
                decisionYears[year] = decisionYears.GetValueOrDefault(year) + 1;
            }

            if (FacetSelection.CountsFor(missed, Facet.Expiry) && entry.ValidThrough is { } validThrough)
            {
                var month = ExpiryChoice.InMonth(validThrough);
                expiries[month] = expiries.GetValueOrDefault(month) + 1;
                if (ExpiryChoice.WithinSixMonths.Includes(entry))
                {
                    expiries[ExpiryChoice.WithinSixMonths] = expiries.GetValueOrDefault(ExpiryChoice.WithinSixMonths) + 1;
                }
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
            Localities = localities.Select(l => new LocalityCount(l.Key, l.Name, places.GetValueOrDefault(l.Key), l.AsPublished)).ToList(),
            // Newest first, the decisions without a published date last.
            DecisionYears = years.Reverse().Where(y => y != FacetSelection.UnpublishedYear).Append(FacetSelection.UnpublishedYear)
                .Where(years.Contains)
                .Select(y => new FacetCount<int>(y, decisionYears.GetValueOrDefault(y))).ToList(),
            Expiries = months.Select(ExpiryChoice.InMonth).Prepend(ExpiryChoice.WithinSixMonths)
                .Select(m => new FacetCount<ExpiryChoice>(m, expiries.GetValueOrDefault(m))).ToList(),
            ProducerKinds = Enum.GetValues<ProducerKind>().Select(k => new FacetCount<ProducerKind>(k, kinds.GetValueOrDefault(k))).ToList(),
            Statuses = CatalogueParameters.StatusTokens.Keys.Select(s => new FacetCount<CertificateStatus>(s, statuses.GetValueOrDefault(s))).ToList(),
        };
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
}
