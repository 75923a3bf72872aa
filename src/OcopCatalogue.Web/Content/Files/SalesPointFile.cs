using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.Content.Files;

/// <summary>
/// The uSync file of a sales point: <c>uSync/sales-points/{slug}.json</c>. The products it stocks are listed in
/// each product's file (<see cref="ProductFile.SalesPoints"/>), so one fact lives in one place.
/// </summary>
public sealed record SalesPointFile
{
    public Guid Key { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public SalesPointKind Kind { get; init; }
    public string? Operator { get; init; }
    public AddressFile Address { get; init; } = new();
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? OpeningHours { get; init; }
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public string? Source { get; init; }
    public PublicationState State { get; init; } = PublicationState.Published;
}
