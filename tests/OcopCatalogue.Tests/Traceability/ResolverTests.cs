using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability;

public sealed class ResolverTests
{
    private static readonly SeededSite Site = SeededSite.Instance;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartClient() => _client = Site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [OneTimeTearDown]
    public void StopClient() => _client.Dispose();

    private static string ProductPath => "/01/" + Site.Valid.Gtin;

    private static string BatchPath => ProductPath + "/10/L1";

    [Test]
    public async Task Product_link_redirects_to_the_product_page()
    {
        using var response = await _client.GetAsync(ProductPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/san-pham/" + Site.Valid.Slug));
    }

    [Test]
    public async Task Gtin_13_form_of_the_product_link_resolves_like_the_14_digit_form()
    {
        using var response = await _client.GetAsync("/01/" + Site.Valid.Gtin![1..]);

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/san-pham/" + Site.Valid.Slug));
    }

    [Test]
    public async Task Batch_link_shows_the_scan_page()
    {
        using var response = await _client.GetAsync(BatchPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [TestCase("gs1:pip", "")]
    [TestCase("gs1:certificationInfo", "#certificate-title")]
    [TestCase("gs1:hasRetailers", "#buy-title")]
    public async Task Link_types_redirect_to_their_part_of_the_product_page(string linkType, string anchor)
    {
        using var response = await _client.GetAsync(BatchPath + "?linkType=" + Uri.EscapeDataString(linkType));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/san-pham/" + Site.Valid.Slug + anchor));
    }

    [Test]
    public async Task Linkset_lists_every_link_of_a_batch_as_rfc_9264_json()
    {
        using var response = await _client.GetAsync(BatchPath + "?linkType=linkset");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var set = json.RootElement.GetProperty("linkset")[0];
        var relations = set.EnumerateObject().Select(p => p.Name).Where(n => n != "anchor").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/linkset+json"));
            Assert.That(set.GetProperty("anchor").GetString(), Does.EndWith(BatchPath));
            Assert.That(relations, Is.EquivalentTo(Expected(
                "https://gs1.org/voc/defaultLink", "https://gs1.org/voc/pip", "https://gs1.org/voc/certificationInfo",
                "https://gs1.org/voc/hasRetailers", "https://gs1.org/voc/traceability")));
            Assert.That(set.GetProperty("https://gs1.org/voc/certificationInfo")[0].GetProperty("href").GetString(),
                Does.EndWith("/san-pham/" + Site.Valid.Slug + "#certificate-title"));
            Assert.That(set.GetProperty("https://gs1.org/voc/pip")[0].GetProperty("type").GetString(), Is.EqualTo("text/html"));
        });
    }

    [Test]
    public async Task Accept_header_asks_for_the_linkset_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ProductPath);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/linkset+json"));
        using var response = await _client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var set = json.RootElement.GetProperty("linkset")[0];
        Assert.That(set.TryGetProperty("https://gs1.org/voc/traceability", out _), Is.False, "a product link has no batch");
        Assert.That(set.GetProperty("https://gs1.org/voc/defaultLink")[0].GetProperty("href").GetString(), Does.EndWith("/san-pham/" + Site.Valid.Slug));
    }

    [Test]
    public async Task Unknown_lot_of_a_known_product_is_sent_to_the_product_page_with_a_notice()
    {
        using var response = await _client.GetAsync(ProductPath + "/10/NOPE-9");
        var location = response.Headers.Location?.OriginalString;
        var page = await HtmlPage.GetAsync(Site.Client, location!);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(location, Does.StartWith("/san-pham/" + Site.Valid.Slug + "?"));
        Assert.That(page.MainText, Does.Contain("Không tìm thấy lô NOPE-9"));
    }

    [TestCase("/01/09520000000998", Description = "a valid GTIN no product has")]
    [TestCase("/01/09520000000999", Description = "an invalid check digit")]
    [TestCase("/01/123", Description = "a wrong length")]
    [TestCase("/01/abc/10/x", Description = "malformed")]
    [TestCase("/t/zzzzzzzzzz", Description = "an unknown trace code")]
    [TestCase("/t/short%2F..", Description = "a malformed trace code")]
    public async Task Unknown_or_invalid_codes_get_a_404_page_that_says_what_to_do(string path)
    {
        var page = await HtmlPage.GetAsync(Site.Client, path);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page.H1, Is.EqualTo("Không tìm thấy mã này"));
        Assert.That(page.MainText, Does.Contain("hàng giả"));
    }

    [Test]
    public async Task Trace_code_of_a_product_without_gtin_leads_to_its_page()
    {
        using var factory = new OcopWebFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var usync = new DirectoryInfo(RepositoryPaths.USync);
        var product = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(usync.FullName, "products", "tra-hoa-dau-biec.json")))!;
        var code = product["traceCode"]!.GetValue<string>();

        using var response = await client.GetAsync("/t/" + code);

        Assert.That(TraceCode.IsWellFormed(code));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/san-pham/tra-hoa-dau-biec"));
    }

    private static string[] Expected(params string[] items) => items;
}
