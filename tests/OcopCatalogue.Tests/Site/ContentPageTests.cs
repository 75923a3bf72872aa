using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

public sealed class ContentPageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [Test]
    public async Task Content_page_shows_its_title_and_body()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/trang/gioi-thieu-ocop");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo("Giới thiệu chương trình OCOP"));
            Assert.That(page.Document.QuerySelector(".story")?.InnerHtml, Is.EqualTo("<p>Nội dung giới thiệu thử nghiệm.</p>"));
            Assert.That(page.Document.QuerySelector("nav a[aria-current='page']")?.GetAttribute("href"), Is.EqualTo("/trang/gioi-thieu-ocop"));
        });
    }

    [TestCase("/trang/lien-he-khong-co")]
    [TestCase("/trang/..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_content_pages_answer_the_friendly_404(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.H1, Is.EqualTo("Không tìm thấy trang"));
        });
    }
}
