using OcopCatalogue.Web.Catalogue;

namespace OcopCatalogue.Web.Search;

/// <summary>A search as the visitor asked for it: the text, the facet filters and the page.</summary>
public sealed record SearchRequest
{
    public const int DefaultPageSize = 20;

    public string? Query { get; init; }
    /// <summary>The facet choices, as the catalogue's (only the facets search offers are looked at).</summary>
    public FacetSelection Facets { get; init; } = FacetSelection.None;
    public IReadOnlyCollection<SearchItemKind> Kinds { get; init; } = [];
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
}
