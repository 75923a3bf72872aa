using System.Net;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

public sealed class LabelSheetTests
{
    private static readonly SeededSite Site = SeededSite.Instance;

    [Test]
    public async Task Batch_sheet_has_a_full_A4_grid_of_stamps_with_QR_name_stars_lot_and_code()
    {
        var page = await HtmlPage.GetAsync(Site.Client, $"/nhan-in/{Site.Valid.Slug}?lo=L1");
        var stamps = page.Document.QuerySelectorAll(".stamp");
        var first = stamps[0];

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stamps, Has.Length.EqualTo(LabelSheetModel.StampsPerSheet));
        Assert.That(first.QuerySelector("img")?.GetAttribute("src"), Is.EqualTo($"/qr/01/{Site.Valid.Gtin}/10/L1.svg"));
        Assert.That(HtmlPage.Collapse(first.TextContent), Does.Contain(Site.Valid.Name).And.Contain("3 sao").And.Contain("Lô: L1")
            .And.Contain($"(01) {Site.Valid.Gtin} (10) L1"));
        Assert.That(page.Html, Does.Match("/css/label-sheet[.a-z0-9]*css"));
    }

    [Test]
    public async Task Sheet_without_a_lot_prints_the_product_stamp_and_offers_the_batches()
    {
        var page = await HtmlPage.GetAsync(Site.Client, $"/nhan-in/{Site.Valid.Slug}?lo=%3Cb%3E");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector(".stamp img")?.GetAttribute("src"), Is.EqualTo($"/qr/01/{Site.Valid.Gtin}.svg"));
        Assert.That(page.Document.QuerySelectorAll("#label-lot option").Select(o => o.GetAttribute("value")), Is.EqualTo(new[] { "", "L1" }));
        Assert.That(page.Document.QuerySelector(".stamp-lot"), Is.Null);
    }

    [Test]
    public async Task Product_with_a_trace_code_prints_the_code_and_no_lot_choice()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/nhan-in/" + Site.FiveStars.Slug);

        Assert.That(page.Document.QuerySelector(".stamp img")?.GetAttribute("src"), Is.EqualTo($"/qr/t/{Site.FiveStars.TraceCode}.svg"));
        Assert.That(page.Document.QuerySelector(".stamp-code")?.TextContent, Does.Contain(Site.FiveStars.TraceCode));
        Assert.That(page.Document.QuerySelector("#label-lot"), Is.Null);
    }

    [Test]
    public async Task Expired_product_stamp_says_its_status_instead_of_stars()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/nhan-in/" + Site.ExpiredUndated.Slug);

        Assert.That(page.Document.QuerySelector(".stamp-stars")?.TextContent, Does.Not.Contain("★").And.Not.Contain("sao"));
    }

    [Test]
    public async Task Product_without_any_code_has_no_stamps_and_unknown_products_404()
    {
        var none = await HtmlPage.GetAsync(Site.Client, "/nhan-in/" + Site.Hostile.Slug);
        var unknown = await HtmlPage.GetAsync(Site.Client, "/nhan-in/khong-co-san-pham-nay");
        var draft = await HtmlPage.GetAsync(Site.Client, "/nhan-in/" + Site.Draft.Slug);

        Assert.That(none.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(none.Document.QuerySelectorAll(".stamp"), Is.Empty);
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(draft.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Product_page_links_its_QR_images_and_label_sheet()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + Site.Valid.Slug);
        var links = page.Document.QuerySelectorAll(".qr-links a").Select(a => a.GetAttribute("href")).ToList();

        Assert.That(links, Is.EqualTo(new[] { $"/qr/01/{Site.Valid.Gtin}.png", $"/qr/01/{Site.Valid.Gtin}.svg", "/nhan-in/" + Site.Valid.Slug }));
    }
}
