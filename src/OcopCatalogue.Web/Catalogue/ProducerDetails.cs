using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>Everything the producer page shows about the producer itself.</summary>
public sealed record ProducerDetails
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required ProducerKind Kind { get; init; }
    public required PostalAddress Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Phone { get; init; }
    public string? Website { get; init; }
    public string? StoryHtml { get; init; }
    public bool StoryIsSample { get; init; }
    public string? NameEn { get; init; }
    public string? StoryHtmlEn { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
}
