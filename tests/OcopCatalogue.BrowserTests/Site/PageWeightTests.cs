using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Site;

/// <summary>
/// Page weight budgets of issue 7, measured as a phone on a first visit (a fresh context, so nothing is cached):
/// bytes as transferred (compressed bodies and headers) for every request the page makes.
/// </summary>
public sealed class PageWeightTests : BrowserTest
{
    // The sample batch of uSync/batches/tra-xa-den-xd2025-07-5b0e3c1a.json.
    private const string ScanPage = "/01/09520123456788/10/XD2025-07";
    private const string ProductPage = "/san-pham/tra-xa-den";

    protected override ViewportSize Viewport => Phone;

    [Test]
    public async Task Scan_page_first_view_weighs_under_100_KB()
    {
        var load = await LoadAsync(ScanPage);

        Assert.That(load.Total, Is.LessThan(100 * 1024), load.Describe());
        Assert.That(load.Requests, Has.Some.Matches<Transfer>(t => t.Type == "stylesheet"), "the stylesheet is counted");
    }

    [Test]
    public async Task Scan_page_HTML_fits_in_14_KB_compressed()
    {
        // 14 KB is about what a new TCP connection may send before the first acknowledgement (ten segments):
        // the verdict can be read after one round trip on a weak phone connection.
        var load = await LoadAsync(ScanPage);
        var document = load.Requests.Single(t => t.Type == "document");

        Assert.That(document.Encoding, Is.EqualTo("br").Or.EqualTo("gzip"), "compressed");
        Assert.That(document.BodyBytes, Is.LessThan(14 * 1024), load.Describe());
    }

    [Test]
    public async Task Product_page_weighs_under_250_KB_with_every_image_scrolled_into_view()
    {
        var load = await LoadAsync(ProductPage, scrollToBottom: true);

        Assert.That(load.Total, Is.LessThan(250 * 1024), load.Describe());
        Assert.That(load.Requests, Has.Some.Matches<Transfer>(t => t.Type == "image"), "images are counted");
    }

    [TestCase("/")]
    [TestCase("/san-pham?sao=4")]
    [TestCase(ProductPage)]
    [TestCase("/diem-ban")]
    [TestCase("/tim-kiem?q=tra")]
    [TestCase("/trang/gioi-thieu-ocop")]
    [TestCase(ScanPage)]
    [TestCase("/en/products/tra-xa-den")]
    public async Task No_public_page_waits_for_another_site_before_it_renders(string path)
    {
        var load = await LoadAsync(path);
        var site = BrowserRun.Site.Address.Authority;
        // Render-blocking: stylesheets, fonts and scripts in the head that are neither deferred nor async.
        var blockingScripts = await Page.Locator("head script[src]:not([defer]):not([async]):not([type=module])").CountAsync();
        var thirdParty = load.Requests.Where(t => new Uri(t.Url).Authority != site).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(blockingScripts, Is.Zero, path + ": scripts in the head are deferred");
            Assert.That(thirdParty.Where(t => t.Type is "stylesheet" or "script" or "font" or "document").Select(t => t.Url), Is.Empty,
                path + ": nothing the first paint waits for comes from another site");
        });
    }

    private async Task<PageLoad> LoadAsync(string path, bool scrollToBottom = false)
    {
        var finished = new List<IRequest>();
        Page.RequestFinished += (_, request) => finished.Add(request);
        await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (scrollToBottom)
        {
            await Page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        var transfers = new List<Transfer>();
        foreach (var request in finished.ToList())
        {
            var sizes = await request.SizesAsync();
            var response = await request.ResponseAsync();
            var encoding = response is null ? null : await response.HeaderValueAsync("content-encoding");
            transfers.Add(new Transfer(request.Url, request.ResourceType, sizes.ResponseBodySize, sizes.ResponseHeadersSize, encoding));
        }

        var load = new PageLoad(path, transfers);
        await TestContext.Out.WriteLineAsync(load.Describe());
        return load;
    }

    private sealed record Transfer(string Url, string Type, long BodyBytes, long HeaderBytes, string? Encoding);

    private sealed record PageLoad(string Path, IReadOnlyList<Transfer> Requests)
    {
        public long Total => Requests.Sum(r => r.BodyBytes + r.HeaderBytes);

        public string Describe() =>
            $"{Path}: {Total:N0} bytes in {Requests.Count} requests\n"
            + string.Join("\n", Requests.Select(r => $"  {r.Type,-10} {r.BodyBytes,8:N0} + {r.HeaderBytes,5:N0}  {r.Encoding ?? "-",-5} {r.Url}"));
    }
}
