using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.Hardening;

public sealed class SecurityHeadersTests
{
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        // The repository's content: a product with a GTIN, so its QR image exists.
        _factory = new OcopWebFactory();
        _client = BackOfficeSession.NewClient(_factory);
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static IEnumerable<TestCaseData> Responses()
    {
        yield return new TestCaseData("/", HttpStatusCode.OK).SetName("Headers_on_the_home_page");
        yield return new TestCaseData("/en", HttpStatusCode.OK).SetName("Headers_on_the_English_home_page");
        yield return new TestCaseData("/san-pham/tra-xa-den", HttpStatusCode.OK).SetName("Headers_on_a_product_page");
        yield return new TestCaseData("/backoffice/dang-nhap", HttpStatusCode.OK).SetName("Headers_on_the_sign_in_page");
        yield return new TestCaseData("/backoffice/tai-khoan", HttpStatusCode.Redirect).SetName("Headers_on_a_redirect_to_sign_in");
        yield return new TestCaseData("/khong-co-trang-nay", HttpStatusCode.NotFound).SetName("Headers_on_a_404");
        yield return new TestCaseData("/en/no-such-page", HttpStatusCode.NotFound).SetName("Headers_on_an_English_404");
        yield return new TestCaseData("/backoffice/khong-co-trang-nay", HttpStatusCode.NotFound).SetName("Headers_on_a_back_office_404");
        yield return new TestCaseData("/loi/500", HttpStatusCode.InternalServerError).SetName("Headers_on_the_error_page");
        yield return new TestCaseData("/css/site.css", HttpStatusCode.OK).SetName("Headers_on_a_static_stylesheet");
        yield return new TestCaseData("/favicon.svg", HttpStatusCode.OK).SetName("Headers_on_a_static_image");
        yield return new TestCaseData("/api/search/suggest?q=tra", HttpStatusCode.OK).SetName("Headers_on_search_suggestions_JSON");
        yield return new TestCaseData("/backoffice/api/me", HttpStatusCode.Unauthorized).SetName("Headers_on_a_refused_API_call");
    }

    [TestCaseSource(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(status));
        AssertSecurityHeaders(response);
    }

    [Test]
    public async Task A_QR_image_carries_the_security_headers()
    {
        var product = await HtmlPage.GetAsync(_client, "/san-pham/tra-xa-den");
        var png = product.Document.QuerySelectorAll(".qr-links a").Select(a => a.GetAttribute("href")!).First(h => h.EndsWith(".png", StringComparison.Ordinal));
        using var response = await _client.GetAsync(new Uri(png, UriKind.Relative));

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        AssertSecurityHeaders(response);
    }

    [Test]
    public async Task Signed_in_back_office_pages_carry_the_security_headers()
    {
        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        foreach (var url in new[] { "/backoffice", "/backoffice/tai-khoan", "/backoffice/nhat-ky" })
        {
            using var response = await admin.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            AssertSecurityHeaders(response);
        }
    }

    [Test]
    public void The_content_security_policy_allows_no_inline_script_and_names_the_map_tiles()
    {
        // The headers as the site wires them: the sales points' map names its default tile server.
        var policy = Directives(_factory.Services.GetRequiredService<Web.Hardening.SecurityHeaders>().ContentSecurityPolicy);

        Assert.Multiple(() =>
        {
            Assert.That(policy["script-src"], Is.EqualTo(new[] { "'self'" }));
            Assert.That(policy["style-src"], Is.EqualTo(new[] { "'self'" }));
            Assert.That(policy.Values.SelectMany(v => v), Has.None.Contains("unsafe"));
            Assert.That(policy["img-src"], Is.EquivalentTo(new[] { "'self'", "data:", "https://tile.openstreetmap.org" }));
            Assert.That(policy["frame-ancestors"], Is.EqualTo(new[] { "'none'" }));
            Assert.That(policy["object-src"], Is.EqualTo(new[] { "'none'" }));
        });
    }

    [TestCase("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [TestCase("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org")]
    [TestCase("https://maps.example.vn:8443/tiles/{z}/{x}/{y}.png", "https://maps.example.vn:8443")]
    [TestCase("https://tiles.{s}.example.org/{z}/{x}/{y}.png", "https:")]
    public void The_tile_server_becomes_a_CSP_source(string template, string source) =>
        Assert.That(Web.Hardening.SecurityHeaders.TileSource(template), Is.EqualTo(source));

    [Test]
    public async Task Public_and_back_office_pages_need_no_inline_script_style_or_event_handler()
    {
        var site = SeededSite.Instance;
        var offenders = new List<string>();
        foreach (var path in await PublicPages.PathsAsync(site.Factory))
        {
            offenders.AddRange(await InlineCodeAsync(site.Client, path));
        }

        await using var admin = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Administrator);
        foreach (var path in new[] { "/backoffice", "/backoffice/tai-khoan", "/backoffice/nhat-ky", "/backoffice/bao-mat", "/backoffice/khong-co" })
        {
            offenders.AddRange(await InlineCodeAsync(admin.Client, path));
        }

        using var anonymous = BackOfficeSession.NewClient(_factory);
        offenders.AddRange(await InlineCodeAsync(anonymous, "/backoffice/dang-nhap"));

        Assert.That(offenders, Is.Empty);
    }

    /// <summary>What the strict policy would block on a page: inline scripts (JSON-LD data excepted), style elements and attributes, on* handlers, javascript: URLs.</summary>
    private static async Task<IEnumerable<string>> InlineCodeAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var found = new List<string>();
        found.AddRange(document.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/ld+json").Select(_ => "inline script"));
        found.AddRange(document.QuerySelectorAll("style").Select(_ => "style element"));
        foreach (var element in document.QuerySelectorAll("*"))
        {
            found.AddRange(element.Attributes.Where(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{element.LocalName}[{a.Name}]"));
            found.AddRange(element.Attributes.Where(a => a.Name is "href" or "src" or "action" && a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{element.LocalName}[{a.Name}=javascript:]"));
        }

        return found.Select(f => $"{path}: {f}");
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Multiple(() =>
        {
            Assert.That(csp, Does.Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'"));
            Assert.That(csp, Does.Not.Contain("unsafe-inline"));
            Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("strict-origin-when-cross-origin"));
            Assert.That(Header(response, "Permissions-Policy"), Does.Contain("geolocation=(self)").And.Contain("camera=()").And.Contain("microphone=()").And.Contain("payment=()"));
            Assert.That(Header(response, "Cross-Origin-Opener-Policy"), Is.EqualTo("same-origin"));
            Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
        });
    }

    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);
}
