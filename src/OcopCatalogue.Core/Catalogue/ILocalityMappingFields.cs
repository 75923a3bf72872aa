namespace OcopCatalogue.Core.Catalogue;

/// <summary>A locality mapping as its file carries it, for <see cref="LocalityMappingRules"/>.</summary>
public interface ILocalityMappingFields
{
    string? PublishedProvince { get; }
    string? PublishedDistrict { get; }
    string? PublishedCommuneOrWard { get; }
    string? CurrentCommuneOrWard { get; }
    string? CurrentProvince { get; }
    string? ProvinceResolution { get; }
    DateOnly? ProvinceResolutionDate { get; }
    string? CommuneResolution { get; }
    DateOnly? CommuneResolutionDate { get; }
    string? VerifiedAt { get; }
    string? Note { get; }
}
