using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

public sealed class ErrorPageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [TestCase("/khong-co-trang-nay")]
    [TestCase("/san-pham/tra-xa-den/them")]
    [TestCase("/loi/404")]
    [TestCase("/loi/khong-phai-so")]
    public async Task Unknown_urls_answer_a_friendly_404_with_ways_on(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);
        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.H1, Is.EqualTo("Không tìm thấy trang"));
            Assert.That(links, Does.Contain("/san-pham").And.Contain("/"));
            Assert.That(page.Document.QuerySelector("meta[name='robots']")?.GetAttribute("content"), Is.EqualTo("noindex"));
            Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("vi"));
        });
    }

    [TestCase("/loi/500")]
    [TestCase("/loi")]
    public async Task The_server_error_page_apologises_without_technical_details(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(page.H1, Is.EqualTo("Đã có lỗi xảy ra"));
            Assert.That(page.Html, Does.Not.Contain("Exception").And.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task A_form_posted_to_an_unknown_url_gets_a_friendly_client_error_page()
    {
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", "x")]);
        using var response = await Site.Client.PostAsync(new Uri("/khong-co-trang-nay", UriKind.Relative), content);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.InRange(400, 499));
            Assert.That(document.QuerySelector("h1")?.TextContent, Is.EqualTo("Không tìm thấy trang").Or.EqualTo("Không xử lý được yêu cầu"));
        });
    }
}
