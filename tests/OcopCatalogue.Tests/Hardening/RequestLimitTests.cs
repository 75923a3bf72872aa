using System.Net;
using AngleSharp.Html.Parser;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Hardening;

public sealed class RequestLimitTests
{
    private const int MiB = 1024 * 1024;

    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        _factory = new OcopWebFactory();
        _client = BackOfficeSession.NewClient(_factory);
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<(HttpResponseMessage Response, string Body)> PostAsync(string url, int bytes)
    {
        using var content = new ByteArrayContent(new byte[bytes]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await _client.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [TestCase("/tim-kiem", "Nội dung gửi lên quá lớn")]
    [TestCase("/en/search", "What you sent is too large")]
    [TestCase("/backoffice/dang-nhap", "Tệp quá lớn")]
    public async Task A_body_over_1_MB_is_refused_with_413_and_a_friendly_page(string url, string title)
    {
        var (response, body) = await PostAsync(url, 2 * MiB);
        using (response)
        {
            var document = new HtmlParser().ParseDocument(body);
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
                Assert.That(document.QuerySelector("h1")?.TextContent, Is.EqualTo(title));
                Assert.That(body, Does.Not.Contain("Exception"));
            });
            SecurityHeadersTests.AssertSecurityHeaders(response);
        }
    }

    [Test]
    public async Task The_media_upload_path_takes_large_bodies_up_to_the_upload_limit()
    {
        var (large, _) = await PostAsync("/backoffice/api/media", 20 * MiB);
        var (small, _) = await PostAsync("/backoffice/api/media", 2 * MiB);
        var (tooLarge, body) = await PostAsync("/backoffice/api/media", 33 * MiB);
        using (large)
        using (small)
        using (tooLarge)
        {
            Assert.Multiple(() =>
            {
                // Refused for not being signed in (or, before the media library exists, for the method), never for the size.
                Assert.That(large.StatusCode, Is.EqualTo(small.StatusCode));
                Assert.That(large.StatusCode, Is.Not.EqualTo(HttpStatusCode.RequestEntityTooLarge));
                Assert.That(tooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
                Assert.That(tooLarge.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
                Assert.That(body, Is.EqualTo("""{"status":413}"""));
            });
        }
    }

    [Test]
    public async Task A_body_under_the_limit_is_read_as_usual()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = new string('a', 500_000) });
        using var response = await _client.PostAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative), content);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            // Read in full, then refused for its missing antiforgery token, not for its size.
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Không xử lý được yêu cầu"));
        });
    }
}
