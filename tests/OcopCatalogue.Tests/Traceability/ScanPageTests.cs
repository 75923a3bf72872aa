using System.Net;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability;

public sealed class ScanPageTests
{
    private static readonly SeededSite Site = SeededSite.Instance;

    private static Task<HtmlPage> ScanAsync(Product product) => HtmlPage.GetAsync(Site.Client, $"/01/{product.Gtin}/10/L1");

    private static string Verdict(HtmlPage page) => HtmlPage.Collapse(page.Document.QuerySelector("#verdict")?.TextContent ?? "");

    private static bool ShowsMark(HtmlPage page) => page.Document.QuerySelector("#verdict img[src*='ocop-mark']") is not null;

    [Test]
    public async Task Valid_certificate_says_the_stars_and_the_last_valid_day_and_shows_the_mark()
    {
        var page = await ScanAsync(Site.Valid);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Verdict(page), Does.Contain("Sản phẩm OCOP 3 sao — chứng nhận còn hiệu lực đến 30/11/2026"));
        Assert.That(ShowsMark(page), Is.True);
    }

    [Test]
    public async Task Expired_certificate_says_expired_and_hides_the_OCOP_mark()
    {
        var page = await ScanAsync(Site.ExpiredUndated);

        Assert.That(Verdict(page), Does.Contain("đã hết hiệu lực"));
        Assert.That(ShowsMark(page), Is.False);
    }

    [Test]
    public async Task Revoked_certificate_says_revoked_and_hides_the_OCOP_mark()
    {
        var page = await ScanAsync(Site.Revoked);

        Assert.That(Verdict(page), Does.Contain("đã bị thu hồi"));
        Assert.That(ShowsMark(page), Is.False);
    }

    [Test]
    public async Task Proposed_product_is_not_called_certified()
    {
        var page = await ScanAsync(Site.Proposed);

        Assert.That(Verdict(page), Does.Contain("chưa được công nhận OCOP"));
        Assert.That(ShowsMark(page), Is.False);
    }

    [Test]
    public async Task Unrated_product_says_not_OCOP_certified()
    {
        var page = await ScanAsync(Site.Unrated);

        Assert.That(Verdict(page), Does.Contain("chưa được chứng nhận OCOP"));
        Assert.That(ShowsMark(page), Is.False);
    }

    [Test]
    public async Task Undated_certificate_says_validity_cannot_be_confirmed()
    {
        var page = await ScanAsync(Site.DateNotPublished);

        Assert.That(Verdict(page), Does.Contain("chưa công bố ngày quyết định"));
        Assert.That(ShowsMark(page), Is.False);
    }

    [Test]
    public async Task Scan_page_shows_the_batch_the_sample_flag_the_timeline_and_the_official_domain()
    {
        var page = await ScanAsync(Site.Valid);
        var timeline = page.Document.QuerySelectorAll(".scan-timeline li").Select(li => HtmlPage.Collapse(li.TextContent)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.MainText, Does.Contain("Lô hàng mẫu"));
            Assert.That(page.MainText, Does.Contain("Trang chính thức: localhost"));
            Assert.That(page.MainText, Does.Contain("01/05/2025").And.Contain("30/04/2026"));
            Assert.That(page.MainText, Does.Contain("VietGAP thử nghiệm"));
            Assert.That(timeline, Has.Count.EqualTo(2));
            Assert.That(timeline[0], Does.StartWith("20/04/2025 · Thu hoạch"));
            Assert.That(page.Document.QuerySelectorAll("a[href='/diem-ban/" + Site.Showroom.Slug + "']"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Scan_page_with_its_stylesheet_and_scripts_stays_under_100_KB()
    {
        var page = await ScanAsync(Site.Valid);
        var assets = page.Document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        long total = System.Text.Encoding.UTF8.GetByteCount(page.Html);
        foreach (var asset in assets)
        {
            total += (await Site.Client.GetByteArrayAsync(asset)).Length;
        }

        Assert.That(assets, Is.Not.Empty);
        Assert.That(page.Document.QuerySelectorAll("link[href*='font'], link[rel=preload][as=font]"), Is.Empty, "no web fonts");
        Assert.That(total, Is.LessThan(100 * 1024), "HTML + CSS + JS, uncompressed");
    }
}
