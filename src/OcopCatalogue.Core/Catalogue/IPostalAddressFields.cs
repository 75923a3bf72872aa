namespace OcopCatalogue.Core.Catalogue;

/// <summary>An address as a file or a form carries it, for <see cref="PlaceRules"/>.</summary>
public interface IPostalAddressFields
{
    string? Street { get; }
    string? CommuneOrWard { get; }
    string? District { get; }
    string? Province { get; }
    string? CurrentCommuneOrWard { get; }
    string? CurrentProvince { get; }
}
