using System.Net;
using System.Text.Json;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class ProducerPageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task Producer_page_shows_who_they_are_and_all_their_published_products()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/chu-the/" + Site.Household.Slug);
        var products = page.Document.QuerySelectorAll("main article h3 a").Select(a => a.TextContent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo(Site.Household.Name));
            Assert.That(page.MainText, Does.Contain("Hộ kinh doanh"));
            Assert.That(page.MainText, Does.Contain("Số 1, đường Thử, xã Mỹ Khánh, thành phố Long Xuyên, An Giang"));
            Assert.That(products, Is.EquivalentTo(new List<string> { "Trà Xạ đen", "Tranh lá bồ đề", "Sa tế thử nghiệm", Site.Hostile.Name }));
        });
    }

    [Test]
    public async Task Producer_json_ld_is_a_parseable_organization()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/chu-the/" + Site.Company.Slug);
        using var json = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(root.GetProperty("name").GetString(), Is.EqualTo(Site.Company.Name));
            Assert.That(root.GetProperty("address").GetProperty("addressRegion").GetString(), Is.EqualTo("An Giang"));
            Assert.That(root.GetProperty("url").GetString(), Does.EndWith("/chu-the/" + Site.Company.Slug));
        });
    }

    [TestCase("/chu-the/khong-co")]
    [TestCase("/chu-the/cong-ty-nhap")]
    [TestCase("/chu-the/Cong-Ty")]
    public async Task Unknown_or_unpublished_producers_answer_the_friendly_404(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.H1, Is.EqualTo("Không tìm thấy trang"));
        });
    }
}
