using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Search;

/// <summary>One page of ranked hits with facet counts over everything that matched.</summary>
public sealed record SearchResults
{
    public static SearchResults Empty { get; } = new();

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    public int Total { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = SearchRequest.DefaultPageSize;
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    /// <summary>The folded words actually searched when the typed ones found nothing and were corrected, else null.</summary>
    public string? CorrectedQuery { get; init; }

    public IReadOnlyDictionary<int, int> GroupCounts { get; init; } = new Dictionary<int, int>();
    public IReadOnlyDictionary<int, int> StarCounts { get; init; } = new Dictionary<int, int>();
    /// <summary>Products per locality key (the slug of the locality, as <see cref="Catalogue.FacetSelection.Locality"/> takes it).</summary>
    public IReadOnlyDictionary<string, int> LocalityCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>The published name of each locality key in <see cref="LocalityCounts"/>.</summary>
    public IReadOnlyDictionary<string, string> LocalityNames { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<CertificateStatus, int> StatusCounts { get; init; } = new Dictionary<CertificateStatus, int>();
}
