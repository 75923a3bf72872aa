using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Tests.Core.SalesPoints;

public sealed class GeoDistanceTests
{
    [Test]
    public void One_degree_of_latitude_is_about_111_km()
    {
        Assert.That(GeoDistance.Kilometres(new GeoPoint(10, 105), new GeoPoint(11, 105)), Is.EqualTo(111.19).Within(0.05));
    }

    [Test]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        var longXuyen = new GeoPoint(10.3759, 105.4185);
        var canTho = new GeoPoint(10.0452, 105.7469);

        Assert.Multiple(() =>
        {
            Assert.That(GeoDistance.Kilometres(longXuyen, canTho), Is.EqualTo(GeoDistance.Kilometres(canTho, longXuyen)).Within(1e-9));
            Assert.That(GeoDistance.Kilometres(longXuyen, canTho), Is.InRange(45, 55));
            Assert.That(GeoDistance.Kilometres(longXuyen, longXuyen), Is.Zero);
        });
    }

    [Test]
    public void Nearest_first_puts_places_without_coordinates_last_in_their_order()
    {
        var origin = new GeoPoint(10, 105);
        var places = new (string Name, GeoPoint? At)[]
        {
            ("unknown-1", null),
            ("far", new GeoPoint(12, 105)),
            ("near", new GeoPoint(10.1, 105)),
            ("unknown-2", null),
            ("middle", new GeoPoint(11, 105)),
        };

        var sorted = GeoDistance.NearestFirst(places, p => p.At, origin).Select(p => p.Name);

        Assert.That(sorted, Is.EqualTo(new[] { "near", "middle", "far", "unknown-1", "unknown-2" }));
    }

    [Test]
    public void Centre_of_no_points_is_unknown()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GeoDistance.Centre([]), Is.Null);
            Assert.That(GeoDistance.Centre([new GeoPoint(10, 105), new GeoPoint(12, 107)]), Is.EqualTo(new GeoPoint(11, 106)));
        });
    }
}
