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
}
