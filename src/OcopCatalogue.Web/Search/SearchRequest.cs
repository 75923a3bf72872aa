using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Search;

/// <summary>A search as the visitor asked for it: the text, the facet filters and the page.</summary>
public sealed record SearchRequest
{
    public const int DefaultPageSize = 20;

    public string? Query { get; init; }
    public int? Group { get; init; }
    public IReadOnlyCollection<int> Stars { get; init; } = [];
    /// <summary>A locality key: the slug of the locality's name, the same key the catalogue's <c>dia-phuong</c> takes.</summary>
    public string? Locality { get; init; }
    public CertificateStatus? Status { get; init; }
    public IReadOnlyCollection<SearchItemKind> Kinds { get; init; } = [];
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
}
