using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Hardening;

public sealed class RateLimitTests
{
    private const int SignInLimit = 3;
    private const int SuggestLimit = 5;

    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory(settings: new Dictionary<string, string?>
    {
        ["Ocop:RateLimits:SignInPerMinute"] = SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ocop:RateLimits:SuggestPerMinute"] = SuggestLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    [Test]
    public async Task Search_suggestions_past_the_limit_get_429_with_Retry_After_and_a_small_JSON_body()
    {
        using var client = _factory.CreateClient();
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < SuggestLimit; i++)
        {
            using var ok = await client.GetAsync(new Uri($"/api/search/suggest?q=tra{i}", UriKind.Relative));
            allowed.Add(ok.StatusCode);
        }

        // The English address shares the limit: it is the same work for the server.
        using var refused = await client.GetAsync(new Uri("/en/api/search/suggest?q=tea", UriKind.Relative));
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(allowed, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(body.RootElement.GetProperty("error").GetString(), Is.EqualTo("too-many-requests"));
            Assert.That(body.RootElement.GetProperty("retryAfterSeconds").GetInt32(), Is.InRange(1, 60));
        });
        SecurityHeadersTests.AssertSecurityHeaders(refused);
    }

    [Test]
    public async Task The_limit_counts_per_network_a_24_shares_it_and_another_network_is_not_refused()
    {
        using var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var address in Enumerable.Repeat("198.51.100.7", SuggestLimit).Append("198.51.100.200").Append("203.0.113.9"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/suggest?q=mam");
            TestClientAddress.Set(request, address);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, SuggestLimit)
            .Append(HttpStatusCode.TooManyRequests)
            .Append(HttpStatusCode.OK)));
    }

    [Test]
    public async Task Sign_in_posts_past_the_limit_get_a_friendly_page_with_Retry_After_and_reading_the_form_stays_free()
    {
        using var client = BackOfficeSession.NewClient(_factory);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < SignInLimit; i++)
        {
            // Unknown addresses: the limit, not the account lockout, is what refuses the next one.
            using var attempt = await BackOfficeSession.SignInAsync(client, $"khong-co-{i}@ocop.test", "mật khẩu sai hoàn toàn");
            answers.Add(attempt.StatusCode);
        }

        using var refused = await BackOfficeSession.SignInAsync(client, "khong-co-nua@ocop.test", "mật khẩu sai hoàn toàn");
        var html = await refused.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        using var form = await client.GetAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK), "a wrong password shows the form again");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(document.QuerySelector("h1")?.TextContent, Is.EqualTo("Quá nhiều lần thử"));
            Assert.That(HtmlPage.Collapse(document.QuerySelector("main")!.TextContent), Does.Contain("vui lòng đợi 1 phút rồi thử lại"));
            Assert.That(document.QuerySelector("main a")?.GetAttribute("href"), Is.EqualTo("/backoffice/dang-nhap"));
            Assert.That(form.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
        SecurityHeadersTests.AssertSecurityHeaders(refused);
    }

    [TestCase("/loi/429", "vi", "Bạn đã gửi quá nhiều lần")]
    [TestCase("/en/error/429", "en", "Too many attempts")]
    public async Task The_public_too_many_requests_page_speaks_the_visitors_language(string url, string lang, string title)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), url);

        Assert.Multiple(() =>
        {
            Assert.That((int)page.Status, Is.EqualTo(429));
            Assert.That(page.H1, Is.EqualTo(title));
            Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo(lang));
        });
    }
}
