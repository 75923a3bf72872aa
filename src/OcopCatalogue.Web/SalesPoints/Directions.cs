using System.Globalization;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>Route planners' links to a place, built only from its published coordinates, never from a guessed address.</summary>
public static class Directions
{
    public static string OpenStreetMap(GeoPoint to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return $"https://www.openstreetmap.org/directions?to={Coordinates(to)}";
    }

    public static string GoogleMaps(GeoPoint to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return $"https://www.google.com/maps/dir/?api=1&destination={Coordinates(to)}";
    }

    // "%2C" rather than a bare comma keeps the query unambiguous for every parser.
    private static string Coordinates(GeoPoint point) =>
        point.Latitude.ToString("0.######", CultureInfo.InvariantCulture) + "%2C" + point.Longitude.ToString("0.######", CultureInfo.InvariantCulture);
}
