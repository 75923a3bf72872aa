using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Core.SalesPoints;

/// <summary>Great-circle distances (haversine on a sphere of the Earth's mean radius): metres of error do not matter for "nearest shop".</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;

    public static double Kilometres(GeoPoint from, GeoPoint to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var dLat = Radians(to.Latitude - from.Latitude);
        var dLon = Radians(to.Longitude - from.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Radians(from.Latitude)) * Math.Cos(Radians(to.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    /// <summary>Items nearest the origin first; those without a location keep their order after all located ones.</summary>
    public static IReadOnlyList<T> NearestFirst<T>(IEnumerable<T> items, Func<T, GeoPoint?> location, GeoPoint origin)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(location);
        return items
            .Select((item, index) => (item, index, km: location(item) is { } at ? Kilometres(origin, at) : double.PositiveInfinity))
            .OrderBy(x => x.km)
            .ThenBy(x => x.index)
            .Select(x => x.item)
            .ToList();
    }

    /// <summary>The mean of some points, as the centre of a locality whose places have published coordinates.</summary>
    public static GeoPoint? Centre(IEnumerable<GeoPoint> points)
    {
        var list = points.ToList();
        return list.Count == 0 ? null : new GeoPoint(list.Average(p => p.Latitude), list.Average(p => p.Longitude));
    }
}
