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
    /// <summary>Years of the decisions in force, newest first; <see cref="FacetSelection.UnpublishedYear"/> for those without a date.</summary>
    public IReadOnlyList<FacetCount<int>> DecisionYears { get; init; } = [];
    /// <summary>The next six months, then each month in which a valid certificate runs out.</summary>
    public IReadOnlyList<FacetCount<ExpiryChoice>> Expiries { get; init; } = [];
}
