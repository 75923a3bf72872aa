using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Site;

/// <summary>An unknown slug is a friendly page with status 404, never an error page or a 500.</summary>
[TestFixture]
public sealed class NotFoundTests : BrowserTest
{
    [TestCase("/san-pham/khong-co-san-pham-nay")]
    [TestCase("/chu-the/khong-co-chu-the-nay")]
    [TestCase("/diem-ban/khong-co-diem-ban-nay")]
    [TestCase("/trang/khong-co-trang-nay")]
    public async Task Unknown_slug_shows_the_not_found_page_with_status_404(string path)
    {
        var (page, status) = await SitePage.OpenPathAsync(Page, path);

        Assert.That(status, Is.EqualTo(404));
        Assert.That(await page.HeadingAsync(), Is.EqualTo("Không tìm thấy trang"));
    }
}
