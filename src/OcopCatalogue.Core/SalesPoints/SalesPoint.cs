using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A place where OCOP products are shown and sold.</summary>
public sealed class SalesPoint : ISluggedRecord, IPlace
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
    /// <summary>Opening hours as published, word for word; <see cref="Schedule"/> is the same facts in a form the site can compute with.</summary>
    public string? OpeningHours { get; set; }
    public string? Phone { get; set; }
    public string? Description { get; set; }

    /// <summary>The name as English readers should see it; null until an editor translates it (the site then shows the Vietnamese).</summary>
    public string? NameEn { get; set; }

    /// <summary>The description (how to find the place, what it offers) in English; null until translated.</summary>
    public string? DescriptionEn { get; set; }
    public string? Source { get; set; }
    public List<Product> Products { get; set; } = [];
    public PublicationState State { get; set; } = PublicationState.Published;
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>The day someone last confirmed the place, its hours and phone; null when never.</summary>
    public DateOnly? LastVerified { get; set; }
    /// <summary>Weekly hours and exceptions; empty when none are published.</summary>
    public OpeningSchedule Schedule { get; set; } = new();
    public List<SalesPointPhoto> Photos { get; set; } = [];

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
