using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Hardening;

/// <summary>
/// Absolute addresses (canonical, hreflang, JSON-LD, the linkset, QR stamps) come from <c>Ocop:PublicBaseUrl</c>, never
/// from the Host a client sends: a poisoned Host would otherwise end up in cached pages and in stamps printed for years.
/// </summary>
public sealed class PublicAddressTests
{
    private const string PublicBase = "https://ocop.example.vn";

    // The repository's content: Trà xạ đen has a GTIN and the published batch XD2025-07.
    private const string ProductPage = "/san-pham/tra-xa-den";
    private const string Gtin = "09520123456788";
    private const string BatchPath = "/01/" + Gtin + "/10/XD2025-07";

    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        _factory = new OcopWebFactory(settings: new Dictionary<string, string?> { ["Ocop:PublicBaseUrl"] = PublicBase });
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PublicBase), AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string host, string? clientAddress = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        if (clientAddress is not null)
        {
            TestClientAddress.Set(request, clientAddress);
        }

        return await _client.SendAsync(request);
    }

    [TestCase("/")]
    [TestCase("/en")]
    [TestCase(ProductPage)]
    [TestCase("/nhan-in/tra-xa-den")]
    [TestCase("/qr/01/" + Gtin + ".png")]
    [TestCase(BatchPath + "?linkType=linkset")]
    [TestCase("/backoffice/tai-khoan")]
    public async Task A_request_for_another_host_than_the_public_base_url_is_refused(string url)
    {
        using var response = await SendAsync(url, "evil.example", clientAddress: "203.0.113.9");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body, Does.Not.Contain("evil.example"));
            Assert.That(response.Headers.Location?.OriginalString ?? "", Does.Not.Contain("evil.example"));
        });
    }

    [Test]
    public async Task The_public_host_in_another_case_and_with_a_port_is_served()
    {
        using var response = await SendAsync("/", "OCOP.Example.VN:443");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Pages_asked_through_a_loopback_host_name_only_the_public_base_url()
    {
        // A health probe or an administrator's curl on the server itself: served, but never with its host in a link.
        using var response = await SendAsync(ProductPage, "127.0.0.1:5080", clientAddress: "127.0.0.1");
        var page = await HtmlPage.ParseAsync(response);
        var links = page.Document.QuerySelectorAll("link[rel=canonical], link[rel=alternate]").Select(l => l.GetAttribute("href")!).ToList();
        var jsonLd = string.Join('\n', page.Document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            // Canonical, the three hreflang alternates and the product feed.
            Assert.That(links, Has.Count.EqualTo(5));
            Assert.That(links, Is.All.StartsWith(PublicBase + "/"));
            Assert.That(jsonLd, Does.Contain(PublicBase + ProductPage));
            Assert.That(page.Html, Does.Not.Contain("127.0.0.1"));
        });
    }

    [Test]
    public async Task The_linkset_asked_through_a_loopback_host_names_only_the_public_base_url()
    {
        using var response = await SendAsync(BatchPath + "?linkType=linkset", "localhost", clientAddress: "::1");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var anchor = json.RootElement.GetProperty("linkset")[0].GetProperty("anchor").GetString();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(anchor, Is.EqualTo(PublicBase + BatchPath));
            Assert.That(body, Does.Not.Contain("localhost"));
        });
    }

    [Test]
    public async Task QR_images_and_label_sheets_asked_through_a_loopback_host_encode_the_public_base_url()
    {
        using var png = await SendAsync("/qr" + BatchPath + ".png", "127.0.0.1", clientAddress: "127.0.0.1");
        var decodedPng = await ZbarDecoder.DecodeAsync(await png.Content.ReadAsByteArrayAsync(), ".png");
        using var sheet = await SendAsync("/nhan-in/tra-xa-den?lo=XD2025-07", "127.0.0.1", clientAddress: "127.0.0.1");
        var sheetPage = await HtmlPage.ParseAsync(sheet);
        var stampImage = sheetPage.Document.QuerySelector(".stamp img")!.GetAttribute("src")!;
        using var svg = await SendAsync(stampImage, "127.0.0.1", clientAddress: "127.0.0.1");
        var decodedSvg = await ZbarDecoder.DecodeAsync(SvgRaster.ToPgm(XDocument.Parse(await svg.Content.ReadAsStringAsync()), 4), ".pgm");

        Assert.Multiple(() =>
        {
            Assert.That(decodedPng, Is.EqualTo(PublicBase + BatchPath));
            Assert.That(decodedSvg, Is.EqualTo(PublicBase + BatchPath));
            Assert.That(sheetPage.Html, Does.Not.Contain("127.0.0.1"));
        });
    }

    [Test]
    public void Production_refuses_to_start_without_a_public_base_url_and_says_which_setting()
    {
        using var factory = new OcopWebFactory(settings: new Dictionary<string, string?> { ["environment"] = "Production" });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Ocop:PublicBaseUrl").And.Contain("https://"));
    }

    [Test]
    public async Task Production_with_a_public_base_url_serves_its_host()
    {
        using var factory = new OcopWebFactory(settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Ocop:PublicBaseUrl"] = PublicBase,
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PublicBase) });

        var page = await HtmlPage.GetAsync(client, ProductPage);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Without_a_public_base_url_the_page_cache_keeps_each_host_its_own_links()
    {
        // The test environment may use the request's host; a page cached for one host must not be served to another.
        using var factory = new OcopWebFactory();
        using var client = factory.CreateClient();
        async Task<string?> CanonicalFor(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ProductPage);
            request.Headers.Host = host;
            using var response = await client.SendAsync(request);
            var page = await HtmlPage.ParseAsync(response);
            return page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        }

        var first = await CanonicalFor("first.test");
        var second = await CanonicalFor("second.test");

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("http://first.test" + ProductPage));
            Assert.That(second, Is.EqualTo("http://second.test" + ProductPage));
        });
    }
}
