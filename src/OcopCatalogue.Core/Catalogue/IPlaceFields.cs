namespace OcopCatalogue.Core.Catalogue;

/// <summary>Where something is (a producer, a sales point), as a file or a form carries it, for <see cref="PlaceRules"/>.</summary>
public interface IPlaceFields
{
    IPostalAddressFields? Address { get; }
    double? Latitude { get; }
    double? Longitude { get; }
}
