using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.Hardening;

/// <summary>HSTS and cookie flags as a browser sees them over HTTPS (a TLS proxy in front) and over plain HTTP (local runs).</summary>
public sealed class TransportSecurityTests
{
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory();

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    private HttpClient Client(string scheme) => _factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"{scheme}://ocop.example"),
        AllowAutoRedirect = false,
        // Cookies are carried by hand so every Set-Cookie header stays visible.
        HandleCookies = false,
    });

    [Test]
    public async Task HSTS_is_sent_over_HTTPS_outside_development_and_never_over_plain_HTTP()
    {
        using var https = Client("https");
        using var http = Client("http");
        using var secure = await https.GetAsync(new Uri("/", UriKind.Relative));
        using var plain = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(SecurityHeadersTests.Header(secure, "Strict-Transport-Security"), Does.StartWith("max-age=31536000"));
            Assert.That(SecurityHeadersTests.Header(plain, "Strict-Transport-Security"), Is.Null);
        });
    }

    [TestCase("https", true)]
    [TestCase("http", false)]
    public async Task Back_office_cookies_are_http_only_same_site_and_secure_when_the_request_is(string scheme, bool secure)
    {
        var user = await BackOfficeSession.CreateUserAsync(_factory, StaffRoles.Editor);
        using var client = Client(scheme);
        using var form = await client.GetAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative));
        var cookies = SetCookies(form);
        var html = await form.Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/backoffice/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = user.Email!,
                ["Password"] = BackOfficeSession.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        using var signedIn = await client.SendAsync(post);
        cookies.AddRange(SetCookies(signedIn));

        Assert.Multiple(() =>
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(cookies.Select(Name), Does.Contain("ocop.staff"));
            Assert.That(cookies.Select(Name), Has.Some.StartsWith(".AspNetCore.Antiforgery"));
            foreach (var cookie in cookies)
            {
                var flags = Attributes(cookie);
                Assert.That(flags, Does.Contain("httponly"), cookie);
                Assert.That(flags, Does.Contain("samesite=strict").Or.Contain("samesite=lax"), cookie);
                Assert.That(flags.Contains("secure"), Is.EqualTo(secure), cookie);
            }
        });
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static string Name(string cookie) => cookie.Split('=')[0];

    // The attributes after the name=value pair, lower case: the value itself could contain any letters.
    private static List<string> Attributes(string cookie) => [.. cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];
}
