using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>One page of the catalogue with the counts behind each filter option.</summary>
public sealed record CatalogueResult
{
    /// <summary>The filter as applied: unknown locality dropped, page clamped to the pages there are.</summary>
    public required CatalogueFilter Filter { get; init; }
    public required IReadOnlyList<CatalogueEntry> Items { get; init; }
    public required int Total { get; init; }
    public required int PageCount { get; init; }
    public required IReadOnlyList<FacetCount<OcopGroup>> Groups { get; init; }
    public required IReadOnlyList<FacetCount<StarRating>> Stars { get; init; }
    public required IReadOnlyList<LocalityCount> Localities { get; init; }
    public required IReadOnlyList<FacetCount<ProducerKind>> ProducerKinds { get; init; }
    public required IReadOnlyList<FacetCount<CertificateStatus>> Statuses { get; init; }
}
