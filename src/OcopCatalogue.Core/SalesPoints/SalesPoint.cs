using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A place where OCOP products are shown and sold.</summary>
public sealed class SalesPoint
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public SalesPointKind Kind { get; set; }
    /// <summary>Who runs it, as published.</summary>
    public string? Operator { get; set; }
    public PostalAddress Address { get; set; } = new();
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>Opening hours as published, free text until the weekly schedule arrives.</summary>
    public string? OpeningHours { get; set; }
    public string? Phone { get; set; }
    public string? Description { get; set; }
    public string? Source { get; set; }
    public List<Product> Products { get; set; } = [];
    public PublicationState State { get; set; } = PublicationState.Published;
    public DateTimeOffset UpdatedAt { get; set; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
