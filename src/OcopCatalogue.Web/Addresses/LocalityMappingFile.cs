using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Addresses;

/// <summary>The uSync file of a locality mapping: <c>uSync/localities/{published units as a slug}.json</c>.
/// Property order is the file's order.</summary>
public sealed record LocalityMappingFile : ILocalityMappingFields
{
    public Guid Key { get; init; }
    public string PublishedProvince { get; init; } = "";
    public string? PublishedDistrict { get; init; }
    public string? PublishedCommuneOrWard { get; init; }
    public string? CurrentCommuneOrWard { get; init; }
    public string? CurrentProvince { get; init; }
    public string? ProvinceResolution { get; init; }
    public DateOnly? ProvinceResolutionDate { get; init; }
    public string? CommuneResolution { get; init; }
    public DateOnly? CommuneResolutionDate { get; init; }
    public string? VerifiedAt { get; init; }
    public string? Note { get; init; }
}
