namespace OcopCatalogue.Core.Catalogue;

/// <summary>A product's fields as its file (or an edit form's draft of it) carries them, for <see cref="ProductRules"/>.</summary>
public interface IProductFields
{
    string? Slug { get; }
    string? Name { get; }
    string? Gtin { get; }
    string? TraceCode { get; }
    /// <summary>The key of the producer, if any.</summary>
    Guid? Producer { get; }
    string? OriginLocality { get; }
    string? OriginProvince { get; }
    /// <summary>Today's commune or ward and province of the origin (since 1 July 2025); null when not certain.</summary>
    string? OriginCurrentCommuneOrWard { get; }
    string? OriginCurrentProvince { get; }
    OcopGroup Group { get; }
    string? SubGroupCode { get; }
    string? ShortDescription { get; }
    string? Ingredients { get; }
    string? Packaging { get; }
    string? ShelfLife { get; }
    string? Source { get; }
    /// <summary>The keys of the sales points stocking it.</summary>
    IReadOnlyList<Guid> SalesPoints { get; }
    IReadOnlyList<IOnlineShopFields> OnlineShops { get; }
    IReadOnlyList<IPhotoFields> Images { get; }
    string? NameEn { get; }
    string? ShortDescriptionEn { get; }
}
