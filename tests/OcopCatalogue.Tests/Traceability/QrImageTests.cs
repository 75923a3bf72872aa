using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

public sealed class QrImageTests
{
    private static readonly SeededSite Site = SeededSite.Instance;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartClient() => _client = Site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [OneTimeTearDown]
    public void StopClient() => _client.Dispose();

    private string Base => _client.BaseAddress!.GetLeftPart(UriPartial.Authority);

    /// <summary>Every stamp the seeded site has: each product with a GTIN, its batch, and the product with a trace code.</summary>
    private static IEnumerable<(string Stamp, Product Product, bool IsBatch)> Stamps()
    {
        foreach (var (product, batch) in Site.Batches)
        {
            yield return ($"/01/{product.Gtin}", product, false);
            yield return ($"/01/{product.Gtin}/10/{batch.LotCode}", product, true);
        }

        yield return ("/t/" + Site.FiveStars.TraceCode, Site.FiveStars, false);
    }

    private async Task<byte[]> ImageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Test]
    public async Task Every_PNG_stamp_decodes_to_the_url_the_resolver_answers()
    {
        var stamps = Stamps().ToList();
        Assert.That(stamps, Has.Count.GreaterThan(10));
        foreach (var (stamp, product, isBatch) in stamps)
        {
            var decoded = await ZbarDecoder.DecodeAsync(await ImageAsync("/qr" + stamp + ".png"), ".png");

            Assert.That(decoded, Is.EqualTo(Base + stamp), stamp);
            using var resolved = await _client.GetAsync(new Uri(decoded!).PathAndQuery);
            if (isBatch)
            {
                Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.OK), stamp);
                Assert.That(HtmlPage.Collapse(await resolved.Content.ReadAsStringAsync()), Does.Contain(product.Name.Split(' ')[0]), stamp);
            }
            else
            {
                Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.Found), stamp);
                Assert.That(resolved.Headers.Location?.OriginalString, Is.EqualTo("/san-pham/" + product.Slug), stamp);
            }
        }
    }

    [Test]
    public async Task Product_page_QR_link_leads_through_the_decoded_url_back_to_the_product_page()
    {
        var product = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + Site.Valid.Slug);
        var png = product.Document.QuerySelectorAll(".qr-links a").Select(a => a.GetAttribute("href")).Single(h => h!.EndsWith(".png", StringComparison.Ordinal))!;

        var decoded = await ZbarDecoder.DecodeAsync(await ImageAsync(png), ".png");
        var landing = await HtmlPage.GetAsync(Site.Client, new Uri(decoded!).PathAndQuery);

        await Assert.MultipleAsync(() =>
        {
            Assert.That(png, Does.Contain("qr"));
            Assert.That(decoded, Is.EqualTo($"{Base}/01/{Site.Valid.Gtin}"));
            Assert.That(landing.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(landing.H1, Is.EqualTo(product.H1));
            return Task.CompletedTask;
        });
    }

    [Test]
    public async Task Scan_page_QR_link_decodes_to_the_batch_url_and_that_url_shows_the_verdict()
    {
        var batchPath = $"/01/{Site.Valid.Gtin}/10/L1";
        var scan = await HtmlPage.GetAsync(Site.Client, batchPath);
        var png = scan.Document.QuerySelectorAll(".qr-links a").Select(a => a.GetAttribute("href")).Single(h => h!.EndsWith(".png", StringComparison.Ordinal))!;

        var decoded = await ZbarDecoder.DecodeAsync(await ImageAsync(png), ".png");
        var rescanned = await HtmlPage.GetAsync(Site.Client, new Uri(decoded!).PathAndQuery);

        Assert.That(decoded, Is.EqualTo(Base + batchPath));
        Assert.That(rescanned.Document.QuerySelector("#verdict")?.TextContent, Does.Contain("Sản phẩm OCOP 3 sao"));
    }

    [Test]
    public async Task SVG_stamp_is_rectangles_on_a_viewBox_and_decodes_to_the_same_url()
    {
        foreach (var (stamp, _, _) in Stamps().Take(3))
        {
            using var response = await _client.GetAsync("/qr" + stamp + ".svg");
            var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
            var names = svg.Root!.Descendants().Select(e => e.Name.LocalName).Distinct().ToList();

            var decoded = await ZbarDecoder.DecodeAsync(SvgRaster.ToPgm(svg, 4), ".pgm");

            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
            Assert.That(svg.Root.Name, Is.EqualTo(SvgRaster.Svg + "svg"));
            Assert.That(svg.Root.Attribute("viewBox")?.Value, Does.Match(@"^0 0 \d+ \d+$"));
            Assert.That(names, Is.SubsetOf(new[] { "rect", "path" }));
            Assert.That(decoded, Is.EqualTo(Base + stamp), stamp);
        }
    }

    [Test]
    public async Task Stamps_keep_a_quiet_zone_of_four_modules_in_SVG_and_PNG()
    {
        var stamp = $"/01/{Site.Valid.Gtin}/10/L1";
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(await ImageAsync("/qr" + stamp + ".svg")));
        var size = int.Parse(svg.Root!.Attribute("viewBox")!.Value.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        var dark = svg.Root.Elements(SvgRaster.Svg + "path").SelectMany(p => SvgRaster.Rectangles(p.Attribute("d")!.Value)).ToList();
        var png = await ImageAsync("/qr" + stamp + ".png");
        // PNG IHDR: width is the big-endian int at byte 16.
        var pngWidth = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));

        Assert.That(dark.Min(r => r.X), Is.EqualTo(4));
        Assert.That(dark.Min(r => r.Y), Is.EqualTo(4));
        Assert.That(dark.Max(r => r.X + r.W), Is.EqualTo(size - 4));
        Assert.That(dark.Max(r => r.Y + r.H), Is.EqualTo(size - 4));
        Assert.That(pngWidth, Is.EqualTo(size * QrStamps.PixelsPerModule));
    }

    [TestCase(".png", "image/png")]
    [TestCase(".svg", "image/svg+xml")]
    public async Task Images_are_cached_for_a_year_and_answer_304_to_their_ETag(string extension, string mediaType)
    {
        var path = $"/qr/01/{Site.Expiring.Gtin}/10/L1{extension}";
        using var first = await _client.GetAsync(path);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(again);
        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var third = await _client.SendAsync(stale);

        Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(first.Headers.CacheControl?.ToString(), Is.EqualTo("public, max-age=31536000, immutable"));
        Assert.That(first.Headers.ETag?.IsWeak, Is.False);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Different_stamps_have_different_ETags()
    {
        using var product = await _client.GetAsync($"/qr/01/{Site.Valid.Gtin}.png");
        using var batch = await _client.GetAsync($"/qr/01/{Site.Valid.Gtin}/10/L1.png");

        Assert.That(product.Headers.ETag, Is.Not.EqualTo(batch.Headers.ETag));
    }

    [TestCase("/qr/01/09520000000993.png", TestName = "Unknown GTIN has no QR image")]
    [TestCase("/qr/01/09520000000014.png", TestName = "GTIN with a wrong check digit has no QR image")]
    [TestCase("/qr/t/zzzzzzzzzz.svg", TestName = "Unknown trace code has no QR image")]
    [TestCase("/qr/t/..%2F..%2Fx.png", TestName = "Malformed trace code has no QR image")]
    [TestCase("/qr/01/x.png", TestName = "Malformed Digital Link has no QR image")]
    [TestCase("/qr", TestName = "Bare QR prefix has no image")]
    public async Task Unknown_codes_get_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Unknown_lot_of_a_known_product_and_unsupported_formats_get_404()
    {
        using var lot = await _client.GetAsync($"/qr/01/{Site.Valid.Gtin}/10/NOPE.png");
        using var gif = await _client.GetAsync($"/qr/01/{Site.Valid.Gtin}.gif");
        using var serialOfUnknownLot = await _client.GetAsync($"/qr/01/{Site.Valid.Gtin}/10/NOPE/21/S1.png");
        using var serialWithoutLot = await _client.GetAsync($"/qr/01/{Site.Valid.Gtin}/21/S1.png");

        Assert.That(lot.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(gif.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(serialOfUnknownLot.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(serialWithoutLot.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the resolver only redirects such a link");
    }

    [TestCase("S1")]
    [TestCase("A/7")]
    public async Task Serial_stamp_of_a_known_batch_decodes_in_PNG_and_SVG_to_its_scan_page(string serial)
    {
        var stamp = StampAddress.ForSerial(Site.Valid.Gtin, null, "L1", serial)!;
        var png = await ZbarDecoder.DecodeAsync(await ImageAsync("/qr" + stamp + ".png"), ".png");
        var svg = await ZbarDecoder.DecodeAsync(SvgRaster.ToPgm(XDocument.Parse(System.Text.Encoding.UTF8.GetString(await ImageAsync("/qr" + stamp + ".svg"))), 4), ".pgm");
        var page = await HtmlPage.GetAsync(Site.Client, new Uri(png!).PathAndQuery);

        Assert.That(stamp, Does.EndWith("/21/" + Uri.EscapeDataString(serial)));
        Assert.That(png, Is.EqualTo(Base + stamp));
        Assert.That(svg, Is.EqualTo(Base + stamp));
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("#verdict")?.TextContent, Does.Contain("Sản phẩm OCOP 3 sao"));
    }
}
