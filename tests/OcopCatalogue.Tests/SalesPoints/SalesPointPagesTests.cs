using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.SalesPoints;

public sealed class SalesPointPagesTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task Sales_point_list_shows_published_points_with_kind_and_address()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/diem-ban");
        var names = page.Document.QuerySelectorAll("main article h3 a").Select(a => a.TextContent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(names, Is.EquivalentTo(new List<string> { Site.Showroom.Name, Site.Stall.Name }));
            Assert.That(page.MainText, Does.Contain("Điểm giới thiệu và bán sản phẩm OCOP").And.Contain("Quầy hàng tại chợ"));
            Assert.That(page.MainText, Does.Contain("2 sản phẩm OCOP"), "the draft product it stocks is not counted");
        });
    }

    [Test]
    public async Task Sales_point_page_shows_hours_as_not_published_a_map_from_coordinates_and_its_products()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/diem-ban/" + Site.Showroom.Slug);
        var facts = page.Document.QuerySelectorAll(".facts dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling?.TextContent.Trim());
        var map = page.Document.QuerySelector("a[href^='https://www.openstreetmap.org/']");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo(Site.Showroom.Name));
            Assert.That(facts["Giờ mở cửa"], Is.EqualTo("Chưa công bố"));
            Assert.That(map?.GetAttribute("href"), Does.Contain("mlat=10.3759&mlon=105.4185"));
            Assert.That(page.Document.QuerySelectorAll("main article h3 a").Select(a => a.TextContent),
                Is.EquivalentTo(new List<string> { "Trà Xạ đen", "Bắp non đóng hộp" }));
        });
    }

    [Test]
    public async Task Sales_point_without_coordinates_has_no_map_link_and_shows_published_hours()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/diem-ban/" + Site.Stall.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector("a[href*='openstreetmap']"), Is.Null);
            Assert.That(page.MainText, Does.Contain("7:00–17:00 hằng ngày"));
        });
    }

    [TestCase("/diem-ban/khong-co")]
    [TestCase("/diem-ban/diem-ban-nhap")]
    [TestCase("/diem-ban/%3Cscript%3E")]
    public async Task Unknown_or_unpublished_sales_points_answer_the_friendly_404(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.H1, Is.EqualTo("Không tìm thấy trang"));
        });
    }
}
