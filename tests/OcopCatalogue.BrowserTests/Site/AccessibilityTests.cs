using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Site;

/// <summary>
/// axe-core finds no serious or critical violation on any kind of public page, on a phone and on a desktop
/// (the layout, and so contrast and target sizes, differ).
/// </summary>
[TestFixture("phone")]
[TestFixture("desktop")]
public sealed class AccessibilityTests(string device) : BrowserTest
{
    protected override ViewportSize Viewport => device == "desktop" ? Desktop : Phone;

    // axe is injected as a script tag; a Content-Security-Policy of the site must not stop the tool.
    protected override BrowserNewContextOptions ContextOptions()
    {
        var options = base.ContextOptions();
        options.BypassCSP = true;
        return options;
    }

    [TestCase("home")]
    [TestCase("catalogue")]
    [TestCase("catalogue filtered")]
    [TestCase("product")]
    [TestCase("producer")]
    [TestCase("sales points")]
    [TestCase("sales point")]
    [TestCase("sales points near a locality")]
    [TestCase("sales point with hours")]
    [TestCase("content page")]
    [TestCase("search")]
    [TestCase("search results")]
    [TestCase("search results filtered")]
    [TestCase("not found")]
    [TestCase("scan page")]
    [TestCase("scan report form")]
    [TestCase("unknown code")]
    [TestCase("en home")]
    [TestCase("en catalogue filtered")]
    [TestCase("en product")]
    [TestCase("en producer")]
    [TestCase("en sales points")]
    [TestCase("en sales point with hours")]
    [TestCase("en content page")]
    [TestCase("en search results")]
    [TestCase("en not found")]
    [TestCase("statistics")]
    [TestCase("open data")]
    [TestCase("en statistics")]
    [TestCase("en open data")]
    public async Task Page_has_no_serious_or_critical_axe_violations(string kind)
    {
        var path = await PathOfAsync(kind);

        await Page.GotoAsync(path);
        var violations = await Accessibility.SeriousViolationsAsync(Page);

        Assert.That(violations, Is.Empty, Accessibility.Describe($"{path} ({device})", violations));
    }

    [Test]
    public async Task Open_search_suggestions_have_no_serious_or_critical_axe_violations()
    {
        await Page.GotoAsync("/");
        var box = new SearchBox(Page);
        await box.TypeAsync("dau tam");
        await Assertions.Expect(box.Suggestions).ToBeVisibleAsync();
        await box.PressAsync("ArrowDown");

        var violations = await Accessibility.SeriousViolationsAsync(Page);

        Assert.That(violations, Is.Empty, Accessibility.Describe($"/ with suggestions open ({device})", violations));
    }

    private static async Task<string> PathOfAsync(string kind) => kind switch
    {
        "home" => "/",
        "catalogue" => "/san-pham",
        "catalogue filtered" => "/san-pham?sao=4",
        "product" => "/san-pham/bap-non-dong-hop",
        "producer" => "/chu-the/" + Required(await SiteContent.ProducerSlugOfAsync("bap-non-dong-hop"), "published producer of bap-non-dong-hop"),
        "sales points" => "/diem-ban",
        "sales point" => "/diem-ban/" + Required(await SiteContent.FirstSalesPointSlugAsync(), "published sales point"),
        "sales points near a locality" => "/diem-ban?gan=thanh-pho-chau-doc&nhom=1",
        "sales point with hours" => "/diem-ban/" + TestSalesPoints.ChauDocSlug,
        "content page" => "/trang/" + Required(await SiteContent.FirstContentPageSlugAsync(), "published content page"),
        "search" => "/tim-kiem",
        "search results" => "/tim-kiem?q=dau+tam",
        "search results filtered" => "/tim-kiem?q=tra+sa+den&nhom=2&sao=3",
        "not found" => "/san-pham/khong-co-san-pham-nay",
        // The sample batch of uSync/batches/tra-xa-den-xd2025-07-5b0e3c1a.json, and a GS1 example GTIN no product has.
        "scan page" => "/01/09520123456788/10/XD2025-07",
        "scan report form" => "/01/09520123456788/10/XD2025-07?bao-cao=mo",
        "unknown code" => "/01/09520000000998",
        "en home" => "/en",
        "en catalogue filtered" => "/en/products?sao=4",
        "en product" => "/en/products/bap-non-dong-hop",
        "en producer" => "/en/producers/" + Required(await SiteContent.ProducerSlugOfAsync("bap-non-dong-hop"), "published producer of bap-non-dong-hop"),
        "en sales points" => "/en/sales-points",
        "en sales point with hours" => "/en/sales-points/" + TestSalesPoints.ChauDocSlug,
        "en content page" => "/en/pages/" + Required(await SiteContent.FirstContentPageSlugAsync(), "published content page"),
        "en search results" => "/en/search?q=dau+tam",
        "en not found" => "/en/products/no-such-product",
        "statistics" => "/thong-ke",
        "open data" => "/du-lieu-mo",
        "en statistics" => "/en/statistics",
        "en open data" => "/en/open-data",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of page"),
    };

    private static string Required(string? slug, string what) =>
        slug ?? throw new AssertionException($"The site under test has no {what} (imported from uSync/).");
}
