using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>Everything the sales point page shows about the place itself.</summary>
public sealed record SalesPointDetails
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required SalesPointKind Kind { get; init; }
    public string? Operator { get; init; }
    public required PostalAddress Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? OpeningHours { get; init; }
    public OpeningSchedule Schedule { get; init; } = new();
    public IReadOnlyList<SalesPointPhoto> Photos { get; init; } = [];
    public DateOnly? LastVerified { get; init; }
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public string? NameEn { get; init; }
    public string? DescriptionEn { get; init; }
    public string? Source { get; init; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
