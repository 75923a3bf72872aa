using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>HEAD is GET without the body (RFC 9110): link checkers and caches ask it of QR images and the other public endpoints.</summary>
public sealed class HeadRequestTests
{
    // The repository's content: Trà xạ đen has a GTIN and the published batch XD2025-07.
    private const string Gtin = "09520123456788";

    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        // On a real port: Kestrel is what leaves out the body of a HEAD answer, as it would in production.
        _factory = new OcopWebFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [TestCase("/qr/01/" + Gtin + ".png", "image/png")]
    [TestCase("/qr/01/" + Gtin + "/10/XD2025-07.svg", "image/svg+xml")]
    [TestCase("/api/search/suggest?q=tra", "application/json")]
    [TestCase("/en/api/search/suggest?q=tea", "application/json")]
    public async Task HEAD_answers_as_GET_without_a_body(string url, string mediaType)
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await head.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(head.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            Assert.That(head.Headers.ETag, Is.EqualTo(get.Headers.ETag));
            Assert.That(body, Is.Empty);
        });
    }
}
