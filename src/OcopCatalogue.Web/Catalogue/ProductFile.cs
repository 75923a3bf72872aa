using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>The uSync file of a product: <c>uSync/products/{slug}.json</c>. Certificates have files of their own.</summary>
public sealed record ProductFile : IProductFields
{
    public Guid Key { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>GTIN in 14 digits when the product has one.</summary>
    public string? Gtin { get; init; }
    /// <summary>Short code for the stamps of a product without a GTIN.</summary>
    public string? TraceCode { get; init; }
    /// <summary>Key of the producer; null when the source names none.</summary>
    public Guid? Producer { get; init; }
    public string? OriginLocality { get; init; }
    public string? OriginProvince { get; init; }
    /// <summary>Today's units of the origin (since 1 July 2025); null when not certain.</summary>
    public string? OriginCurrentCommuneOrWard { get; init; }
    public string? OriginCurrentProvince { get; init; }
    public OcopGroup Group { get; init; }
    public string? SubGroupCode { get; init; }
    public string? ShortDescription { get; init; }
    public string? Ingredients { get; init; }
    public string? Packaging { get; init; }
    public string? ShelfLife { get; init; }
    public string? Source { get; init; }
    /// <summary>Keys of the sales points that stock the product.</summary>
    public IReadOnlyList<Guid> SalesPoints { get; init; } = [];
    public IReadOnlyList<OnlineShopFile> OnlineShops { get; init; } = [];
    public IReadOnlyList<ProductImageFile> Images { get; init; } = [];
    public bool StoryIsSample { get; init; }
    public string? StoryHtml { get; init; }
    /// <summary>English renderings; null until translated, and never machine-translated.</summary>
    public string? NameEn { get; init; }
    public string? ShortDescriptionEn { get; init; }
    public string? StoryHtmlEn { get; init; }
    public PublicationState State { get; init; } = PublicationState.Published;

    IReadOnlyList<IOnlineShopFields> IProductFields.OnlineShops => OnlineShops;

    IReadOnlyList<IPhotoFields> IProductFields.Images => Images;
}
