using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Tests.Site;

[SetCulture("vi-VN")]
public sealed class SiteFormatTests
{
    [TestCase("63.4", "63,4")]
    [TestCase("54.54", "54,54")]
    [TestCase("65.30", "65,3")]
    [TestCase("90", "90,0")]
    public void Scores_are_written_with_the_Vietnamese_decimal_comma(string score, string expected) =>
        Assert.That(SiteFormat.Score(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));

    [Test]
    public void Dates_are_written_day_first()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SiteFormat.Date(new DateOnly(2023, 9, 5)), Is.EqualTo("05/09/2023"));
            // 20:00 UTC on 31/12 is already 1 January in Vietnam.
            Assert.That(SiteFormat.Date(new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.Zero)), Is.EqualTo("01/01/2025"));
        });
    }

    [TestCase("https://shop.example/tra", "https://shop.example/tra")]
    [TestCase(" http://example.vn ", "http://example.vn/")]
    [TestCase("javascript:alert(1)", null)]
    [TestCase("JaVaScRiPt:alert(1)", null)]
    [TestCase("data:text/html,<b>x</b>", null)]
    [TestCase("/san-pham", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void Only_plain_web_addresses_become_links(string? url, string? expected) =>
        Assert.That(SiteFormat.WebLink(url), Is.EqualTo(expected));

    [TestCase("0296 3841 234", "tel:02963841234")]
    [TestCase(" +84 296 384 1234", "tel:+842963841234")]
    [TestCase("chưa có", null)]
    [TestCase("", null)]
    public void Phone_links_keep_only_digits_and_a_leading_plus(string phone, string? expected) =>
        Assert.That(SiteFormat.PhoneLink(phone), Is.EqualTo(expected));

    [Test]
    public void Map_links_use_the_coordinates_with_a_decimal_point()
    {
        Assert.That(SiteFormat.MapLink(new GeoPoint(10.3759, 105.4185)),
            Is.EqualTo("https://www.openstreetmap.org/?mlat=10.3759&mlon=105.4185#map=17/10.3759/105.4185"));
    }

    [TestCase("media/tra.jpg", "/media/tra.jpg")]
    [TestCase("/media/tra.jpg", "/media/tra.jpg")]
    [TestCase("https://cdn.example/tra.jpg", "https://cdn.example/tra.jpg")]
    public void Image_paths_become_site_urls(string path, string expected) =>
        Assert.That(SiteFormat.ImageUrl(path), Is.EqualTo(expected));

    [Test]
    public void Every_group_has_its_own_illustration_file()
    {
        var paths = Enum.GetValues<OcopGroup>().Select(SiteFormat.GroupIllustration).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paths, Is.Unique);
            foreach (var path in paths)
            {
                var file = Path.Combine(Support.RepositoryPaths.WebRoot, path.TrimStart('/'));
                Assert.That(File.Exists(file), Is.True, path);
                Assert.That(new FileInfo(file).Length, Is.LessThan(3 * 1024), path + " stays under 3 KB");
            }
        });
    }
}
