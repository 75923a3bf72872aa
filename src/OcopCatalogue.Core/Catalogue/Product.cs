using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>A product taking part in the OCOP programme, certified or not yet.</summary>
public sealed class Product : ISluggedRecord
{
    /// <summary>Stable key, shared with the uSync file of this product.</summary>
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The product's GTIN in 14 digits (GS1 AI 01), when it has one; its stamps use GS1 Digital Link paths.</summary>
    public string? Gtin { get; set; }
    /// <summary>A random short code for the stamps of a product without a GTIN (see <c>TraceCode</c>).</summary>
    public string? TraceCode { get; set; }
    /// <summary>Null when the source names no producer (a district's key product still under development).</summary>
    public Guid? ProducerId { get; set; }
    public Producer? Producer { get; set; }
    /// <summary>Where the product comes from when no producer is published: district, commune or ward as published.</summary>
    public string? OriginLocality { get; set; }
    /// <summary>Province of origin when no producer is published.</summary>
    public string? OriginProvince { get; set; }
    /// <summary>Today's commune or ward of the origin (since 1 July 2025), when certain; the published origin stays as it is.</summary>
    public string? OriginCurrentCommuneOrWard { get; set; }
    /// <summary>Today's province of the origin (one of the 34), when certain.</summary>
    public string? OriginCurrentProvince { get; set; }
    public OcopGroup Group { get; set; }
    /// <summary>Code of the sub-group in <see cref="OcopSubGroups"/>; null when the source does not say.</summary>
    public string? SubGroupCode { get; set; }
    public string? ShortDescription { get; set; }
    /// <summary>Sanitised HTML.</summary>
    public string? StoryHtml { get; set; }
    public bool StoryIsSample { get; set; }

    /// <summary>The name as English readers should see it; null until an editor translates it (the site then shows the Vietnamese).</summary>
    public string? NameEn { get; set; }

    public string? ShortDescriptionEn { get; set; }

    /// <summary>Sanitised when it was stored, like <see cref="StoryHtml"/>.</summary>
    public string? StoryHtmlEn { get; set; }
    public string? Ingredients { get; set; }
    public string? Packaging { get; set; }
    public string? ShelfLife { get; set; }
    /// <summary>Where the facts about this product come from (report, plan), shown to readers.</summary>
    public string? Source { get; set; }
    public List<ProductImage> Images { get; set; } = [];
    public List<OnlineShopLink> OnlineShops { get; set; } = [];
    public List<SalesPoint> SalesPoints { get; set; } = [];
    public List<Certificate> Certificates { get; set; } = [];
    public PublicationState State { get; set; } = PublicationState.Published;
    public DateTimeOffset UpdatedAt { get; set; }
}
