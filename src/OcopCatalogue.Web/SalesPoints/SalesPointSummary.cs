using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>A published sales point as lists and product pages present it.</summary>
public sealed record SalesPointSummary
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required SalesPointKind Kind { get; init; }
    public required PostalAddress Address { get; init; }
    /// <summary>How many published products it stocks.</summary>
    public int ProductCount { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>Kilometres from the locality the visitor chose; null when none was chosen or the place has no coordinates.</summary>
    public double? DistanceKm { get; init; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
