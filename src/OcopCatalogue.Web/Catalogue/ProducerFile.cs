using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>The uSync file of a producer: <c>uSync/producers/{slug}.json</c>. Property order is the file's order.</summary>
public sealed record ProducerFile : IProducerFields
{
    public Guid Key { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public ProducerKind Kind { get; init; }
    public AddressFile Address { get; init; } = new();
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Phone { get; init; }
    public string? Website { get; init; }
    public string? LogoPath { get; init; }
    public bool StoryIsSample { get; init; }
    public string? StoryHtml { get; init; }
    /// <summary>English renderings; null until translated, and never machine-translated.</summary>
    public string? NameEn { get; init; }
    public string? StoryHtmlEn { get; init; }
    public PublicationState State { get; init; } = PublicationState.Published;

    IPostalAddressFields? IPlaceFields.Address => Address;
}
