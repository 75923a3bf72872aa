using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>
/// The uSync file of a sales point: <c>uSync/sales-points/{slug}.json</c>. The products it stocks are listed in
/// each product's file (<see cref="Catalogue.ProductFile.SalesPoints"/>), so one fact lives in one place.
/// </summary>
public sealed record SalesPointFile : ISalesPointFields
{
    public Guid Key { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public SalesPointKind Kind { get; init; }
    public string? Operator { get; init; }
    public AddressFile Address { get; init; } = new();
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>Opening hours as the source words them.</summary>
    public string? OpeningHours { get; init; }
    /// <summary>The same hours in a form the site computes "open now" from; empty when not published.</summary>
    public ScheduleFile Schedule { get; init; } = new();
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<SalesPointPhotoFile> Photos { get; init; } = [];
    public string? Source { get; init; }
    /// <summary>The day the place, hours and phone were last confirmed; null when never.</summary>
    public DateOnly? LastVerified { get; init; }
    /// <summary>English renderings; null until translated, and never machine-translated.</summary>
    public string? NameEn { get; init; }
    public string? DescriptionEn { get; init; }
    public PublicationState State { get; init; } = PublicationState.Published;

    IPostalAddressFields? IPlaceFields.Address => Address;

    IScheduleFields? ISalesPointFields.Schedule => Schedule;

    IReadOnlyList<IPhotoFields> ISalesPointFields.Photos => Photos;
}
