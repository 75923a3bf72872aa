using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Caching;

public sealed class CompressionAndStaticAssetTests
{
    private static readonly SeededSite Site = SeededSite.Instance;

    private static string ScanPage => $"/01/{Site.Valid.Gtin}/10/L1";

    [TestCase("/", "br", "text/html")]
    [TestCase("/san-pham", "gzip", "text/html")]
    [TestCase("/api/search/suggest?q=tra", "br", "application/json")]
    [TestCase("linkset", "br", "application/linkset+json")]
    [TestCase("qr.svg", "gzip", "image/svg+xml")]
    [TestCase("qr.svg", "br", "image/svg+xml")]
    public async Task Html_json_and_svg_are_compressed_with_what_the_browser_accepts(string url, string encoding, string mediaType)
    {
        using var client = PageCachingTests.Anonymous(Site.Factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, url switch
        {
            "linkset" => ScanPage,
            "qr.svg" => $"/qr/01/{Site.Valid.Gtin}.svg",
            _ => url,
        });
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        if (url == "linkset")
        {
            request.Headers.TryAddWithoutValidation("Accept", LinkTypes.LinksetMediaType);
        }

        using var response = await client.SendAsync(request);
        var body = Decompress(await response.Content.ReadAsByteArrayAsync(), encoding);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            Assert.That(body, Does.StartWith(mediaType == "text/html" ? "<!DOCTYPE html>" : mediaType == "image/svg+xml" ? "<" : "{").Or.StartWith("["));
        });
    }

    [Test]
    public async Task A_cached_page_is_stored_per_encoding()
    {
        using var client = PageCachingTests.Anonymous(Site.Factory);
        var url = "/san-pham?sao=3";
        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (encoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            }

            return await client.SendAsync(request);
        }

        using var brotli = await GetAsync("br");
        using var plain = await GetAsync(null);
        using var gzip = await GetAsync("gzip");
        var plainBody = await plain.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(brotli.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
            Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
            Assert.That(plainBody, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(gzip.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        });
    }

    [Test]
    public async Task Back_office_pages_are_not_compressed()
    {
        // Their forms carry tokens next to text a visitor can influence: no compression, no BREACH.
        using var client = PageCachingTests.Anonymous(Site.Factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice/dang-nhap");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
    }

    [Test]
    public async Task Fingerprinted_stylesheet_and_script_are_cached_for_a_year_as_immutable()
    {
        var home = await HtmlPage.GetAsync(Site.Client, "/");
        var stylesheet = home.Document.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        var script = home.Document.QuerySelector("script[src]")!.GetAttribute("src")!;
        var mark = home.Document.QuerySelector(".brand img")!.GetAttribute("src")!;

        foreach (var url in new[] { stylesheet, script, mark })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
            using var response = await Site.Client.SendAsync(request);

            Assert.Multiple(() =>
            {
                Assert.That(url, Does.Match(@"\.[a-z0-9]{10}\.(css|js|svg)$"), "fingerprinted");
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
                Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromDays(365)), url);
                Assert.That(response.Headers.CacheControl?.Extensions.Select(e => e.Name), Does.Contain("immutable"), url);
                Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }), url + ": precompressed with Brotli at build");
            });
        }
    }

    [Test]
    public async Task A_page_with_a_form_token_forbids_storing_it()
    {
        // What the rule below relies on: ASP.NET Core's antiforgery marks every response holding a token no-store,
        // so a public page that gains a form (the fake-report form of scan pages) is no longer shared from the cache.
        using var client = PageCachingTests.Anonymous(Site.Factory);
        using var response = await client.GetAsync(new Uri("/backoffice/dang-nhap", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("__RequestVerificationToken"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [TestCase("Set-Cookie", ".AspNetCore.Antiforgery.x=y; path=/; samesite=strict; httponly")]
    [TestCase("Cache-Control", "no-cache, no-store")]
    [TestCase("Cache-Control", "private")]
    public async Task A_response_that_sets_a_cookie_or_forbids_storage_is_never_stored(string header, string value)
    {
        // A form's antiforgery token answers with both: a page with a form token must not be handed to others.
        IOutputCachePolicy policy = Site.Factory.Services.GetRequiredService<PublicPageCachePolicy>();
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext { RequestServices = Site.Factory.Services } };
        context.HttpContext.Request.Method = "GET";
        context.HttpContext.Request.Path = "/san-pham";

        await policy.CacheRequestAsync(context, CancellationToken.None);
        var allowedBefore = context.AllowCacheStorage;
        context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        context.HttpContext.Response.Headers[header] = value;
        await policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.That(allowedBefore, Is.True);
        Assert.That(context.AllowCacheStorage, Is.False);
    }

    [Test]
    public async Task A_plain_public_response_is_stored()
    {
        IOutputCachePolicy policy = Site.Factory.Services.GetRequiredService<PublicPageCachePolicy>();
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext { RequestServices = Site.Factory.Services } };
        context.HttpContext.Request.Method = "GET";
        context.HttpContext.Request.Path = "/san-pham";

        await policy.CacheRequestAsync(context, CancellationToken.None);
        context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        await policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.That(context.EnableOutputCaching, Is.True);
        Assert.That(context.AllowCacheStorage, Is.True);
        Assert.That(context.Tags, Does.Contain(PublicPageCachePolicy.ContentTag));
        Assert.That(context.ResponseExpirationTimeSpan, Is.LessThanOrEqualTo(TimeSpan.FromHours(1)));
    }

    private static string Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
