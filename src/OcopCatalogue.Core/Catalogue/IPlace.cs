namespace OcopCatalogue.Core.Catalogue;

/// <summary>Something with an address and, when known, a point on the map: a producer, a sales point.</summary>
public interface IPlace
{
    PostalAddress Address { get; }
    double? Latitude { get; }
    double? Longitude { get; }
    GeoPoint? Location { get; }
}
