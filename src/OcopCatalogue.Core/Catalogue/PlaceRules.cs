using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>The limits and checks of an address and its WGS 84 coordinates, for every type that has them.</summary>
public static class PlaceRules
{
    public const int MaxStreetLength = 200;
    public const int MaxCommuneOrWardLength = 120;
    public const int MaxDistrictLength = 120;
    public const int MaxProvinceLength = 120;

    public const double MaxLatitude = 90;
    public const double MaxLongitude = 180;

    /// <summary>The address (a province at least; without one nothing else of it is judged), then the coordinates:
    /// both or neither, each within its range.</summary>
    public static void Check(List<FieldProblem> problems, IPlaceFields place, CoordinateMessages messages)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(messages);
        Address(problems, place.Address);
        Coordinates(problems, place.Latitude, place.Longitude, messages);
    }

    public static bool IsLatitude(double value) => !double.IsNaN(value) && value is >= -MaxLatitude and <= MaxLatitude;

    public static bool IsLongitude(double value) => !double.IsNaN(value) && value is >= -MaxLongitude and <= MaxLongitude;

    private static void Address(List<FieldProblem> problems, IPostalAddressFields? address)
    {
        const string at = nameof(IPlaceFields.Address);
        if (address is null || string.IsNullOrWhiteSpace(address.Province))
        {
            problems.Add(new(FieldPath.Member(at, nameof(IPostalAddressFields.Province)), FieldMessage.Required));
            return;
        }

        FieldChecks.MaxLength(problems, FieldPath.Member(at, nameof(IPostalAddressFields.Street)), address.Street, MaxStreetLength);
        FieldChecks.MaxLength(problems, FieldPath.Member(at, nameof(IPostalAddressFields.CommuneOrWard)), address.CommuneOrWard, MaxCommuneOrWardLength);
        FieldChecks.MaxLength(problems, FieldPath.Member(at, nameof(IPostalAddressFields.District)), address.District, MaxDistrictLength);
        FieldChecks.MaxLength(problems, FieldPath.Member(at, nameof(IPostalAddressFields.Province)), address.Province, MaxProvinceLength);
        AdministrativeUnits.Check(problems, at, address.CurrentCommuneOrWard, address.CurrentProvince);
    }

    private static void Coordinates(List<FieldProblem> problems, double? latitude, double? longitude, CoordinateMessages messages)
    {
        if (latitude.HasValue != longitude.HasValue)
        {
            problems.Add(new(latitude.HasValue ? nameof(IPlaceFields.Longitude) : nameof(IPlaceFields.Latitude), messages.Together));
        }

        if (latitude is { } lat && !IsLatitude(lat))
        {
            problems.Add(new(nameof(IPlaceFields.Latitude), messages.OutOfRange, MaxLatitude, lat));
        }

        if (longitude is { } lon && !IsLongitude(lon))
        {
            problems.Add(new(nameof(IPlaceFields.Longitude), messages.OutOfRange, MaxLongitude, lon));
        }
    }
}
