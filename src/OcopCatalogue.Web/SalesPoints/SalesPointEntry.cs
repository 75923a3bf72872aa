using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>A published sales point as the directory lists and filters it.</summary>
public sealed record SalesPointEntry
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    /// <summary>The English name once translated; the English directory falls back to <see cref="Name"/>.</summary>
    public string? NameEn { get; init; }
    public required SalesPointKind Kind { get; init; }
    public required PostalAddress Address { get; init; }
    public GeoPoint? Location { get; init; }
    public required OpeningSchedule Schedule { get; init; }
    /// <summary>The published products it stocks.</summary>
    public required IReadOnlyList<StockedProduct> Products { get; init; }
    /// <summary>What the directory's locality filter groups by: today's commune or ward and province where known,
    /// else today's province, else the published locality (marked).</summary>
    public AdministrativeLocality Place => AdministrativeUnits.FinestLocality(Address);
    public string LocalityKey => Place.Key;
    /// <summary>Kilometres from the place the visitor chose; null when no place was chosen or the location is unknown.</summary>
    public double? DistanceKm { get; init; }
}
