using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.SalesPoints;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>Everything the product page shows, read in one no-tracking projection.</summary>
public sealed record ProductDetails
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? Gtin { get; init; }
    public string? TraceCode { get; init; }
    public required OcopGroup Group { get; init; }
    public string? SubGroupCode { get; init; }
    public string? ShortDescription { get; init; }
    public string? StoryHtml { get; init; }
    public bool StoryIsSample { get; init; }
    public string? NameEn { get; init; }
    public string? ShortDescriptionEn { get; init; }
    public string? StoryHtmlEn { get; init; }
    public string? Ingredients { get; init; }
    public string? Packaging { get; init; }
    public string? ShelfLife { get; init; }
    public string? Source { get; init; }
    public string? OriginLocality { get; init; }
    public string? OriginProvince { get; init; }
    public string? OriginCurrentCommuneOrWard { get; init; }
    public string? OriginCurrentProvince { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Null when the source names no producer or the producer is not published.</summary>
    public ProducerSummary? Producer { get; init; }
    public IReadOnlyList<ProductImage> Images { get; init; } = [];
    public IReadOnlyList<OnlineShopLink> OnlineShops { get; init; } = [];
    public IReadOnlyList<Certificate> Certificates { get; init; } = [];
    public IReadOnlyList<SalesPointSummary> SalesPoints { get; init; } = [];
}
