using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>A producer (chủ thể OCOP): the company, cooperative or household business that makes OCOP products.</summary>
public sealed class Producer : ISluggedRecord, IPlace
{
    /// <summary>Stable key, shared with the uSync file of this producer.</summary>
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public ProducerKind Kind { get; set; }
    public PostalAddress Address { get; set; } = new();
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    /// <summary>Sanitised HTML.</summary>
    public string? StoryHtml { get; set; }
    /// <summary>True while the story is sample text written for the demo, to be replaced by staff.</summary>
    public bool StoryIsSample { get; set; }

    /// <summary>The name as English readers should see it; null until an editor translates it (the site then shows the Vietnamese).</summary>
    public string? NameEn { get; set; }

    /// <summary>Sanitised when it was stored, like <see cref="StoryHtml"/>.</summary>
    public string? StoryHtmlEn { get; set; }
    public string? LogoPath { get; set; }
    public PublicationState State { get; set; } = PublicationState.Published;
    public DateTimeOffset UpdatedAt { get; set; }
    public List<Product> Products { get; set; } = [];

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
