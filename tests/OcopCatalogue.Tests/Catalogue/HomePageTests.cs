using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class HomePageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task Home_explains_OCOP_and_features_valid_highest_rated_products_first()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/");
        var featured = page.Document.QuerySelectorAll("#featured-title ~ ul article h3 a").Select(a => a.TextContent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelector(".hero .lead")?.TextContent, Does.Contain("OCOP"));
            Assert.That(featured, Has.Count.EqualTo(6));
            Assert.That(featured[0], Is.EqualTo("Rượu thử nghiệm"), "valid 5★ first");
            Assert.That(featured[1], Is.EqualTo("Bắp non đóng hộp"), "then valid 4★");
            Assert.That(featured, Does.Not.Contain("Sản phẩm nháp"));
        });
    }

    [Test]
    public async Task Home_browses_by_group_and_by_stars_with_counts()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/");
        var food = page.Document.QuerySelector("a[href='/san-pham?nhom=1']");
        var groupLinks = page.Document.QuerySelectorAll("a.group-link");
        var starLinks = page.Document.QuerySelectorAll(".star-links a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(groupLinks, Has.Length.EqualTo(6));
            Assert.That(HtmlPage.Collapse(food?.TextContent ?? ""), Is.EqualTo("Thực phẩm 6 sản phẩm"));
            Assert.That(starLinks, Is.EquivalentTo(new List<string> { "/san-pham?sao=3", "/san-pham?sao=4", "/san-pham?sao=5" }));
            Assert.That(page.Document.QuerySelector("main a[href='/trang/gioi-thieu-ocop']"), Is.Not.Null);
            Assert.That(page.Document.QuerySelector("main a[href='/diem-ban']"), Is.Not.Null);
        });
    }
}
