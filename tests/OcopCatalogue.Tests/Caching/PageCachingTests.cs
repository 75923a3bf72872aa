using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Traceability;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Caching;

/// <summary>
/// The page cache on a site of its own (each test changes content or the clock). A response served from the
/// cache carries an Age header, which is how these tests tell a cached answer from a rendered one.
/// </summary>
public sealed class PageCachingTests
{
    // Decided 14/11/2022: valid through 13/11/2025, so 14/11/2025 is the first day it is expired.
    private static readonly DateTimeOffset LastValidEvening = new(2025, 11, 13, 23, 0, 0, TimeSpan.FromHours(7));

    // BackOfficeSession names its accounts "Test {role}".
    private const string StaffName = "Test " + StaffRoles.Editor;

    private FakeClock _clock = null!;
    private string _emptyUSync = "";
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;
    private Product _tea = null!;
    private TraceBatch _batch = null!;

    private string ProductPage => "/san-pham/" + _tea.Slug;

    private string ScanPage => $"/01/{_tea.Gtin}/10/{_batch.LotCode}";

    [SetUp]
    public async Task StartAsync()
    {
        _clock = new FakeClock(LastValidEvening);
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-").FullName;
        _factory = new OcopWebFactory(_emptyUSync, _clock);
        _client = Anonymous(_factory);
        var producer = Producer("Hợp tác xã Bộ Đệm");
        _tea = Product("Trà khổ qua bộ đệm", producer, OcopGroup.Drinks, Rated(72m, new DateOnly(2022, 11, 14)));
        _tea.Gtin = ExampleGtin(7001);
        _batch = Batch(_tea, "BD-01");
        await _factory.SaveAsync(producer, _tea, _batch);
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _tea.Id));
    }

    [TearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    [Test]
    public async Task A_cached_page_is_served_again_until_a_publish_changes_it()
    {
        var first = await GetAsync(_client, ProductPage);
        var second = await GetAsync(_client, ProductPage);
        await RenameAsync("Trà khổ qua đã sửa");
        var beforePublish = await GetAsync(_client, ProductPage);
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _tea.Id));
        var afterPublish = await GetAsync(_client, ProductPage);

        Assert.Multiple(() =>
        {
            Assert.That(first.Age, Is.Null, "the first view is rendered");
            Assert.That(second.Age, Is.Not.Null, "the second comes from the cache");
            Assert.That(second.Html, Is.EqualTo(first.Html));
            Assert.That(beforePublish.Html, Does.Contain("Trà khổ qua bộ đệm"), "a change not yet published does not show");
            Assert.That(afterPublish.Age, Is.Null, "the publish evicted the page");
            Assert.That(afterPublish.Html, Does.Contain("Trà khổ qua đã sửa").And.Not.Contain("Trà khổ qua bộ đệm"));
        });
    }

    [Test]
    public async Task With_caching_off_every_request_is_rendered()
    {
        using var uncached = _factory.WithWebHostBuilder(b => b.UseSetting("Ocop:Caching:Enabled", "false"));
        using var client = Anonymous(uncached);

        await GetAsync(client, ProductPage);
        var again = await GetAsync(client, ProductPage);
        await RenameAsync("Trà khổ qua không đệm");
        var changed = await GetAsync(client, ProductPage);

        Assert.That(again.Age, Is.Null);
        Assert.That(changed.Html, Does.Contain("Trà khổ qua không đệm"));
    }

    [Test]
    public async Task An_expired_certificate_is_no_longer_shown_as_valid_the_day_after()
    {
        var evening = await GetAsync(_client, ProductPage);
        var eveningAgain = await GetAsync(_client, ProductPage);
        var eveningScan = await GetAsync(_client, ScanPage);
        var eveningList = await GetAsync(_client, "/san-pham?trang-thai=sap-het-han");
        _clock.Advance(TimeSpan.FromHours(2));
        var morning = await GetAsync(_client, ProductPage);
        var morningScan = await GetAsync(_client, ScanPage);
        var morningList = await GetAsync(_client, "/san-pham?trang-thai=sap-het-han");

        Assert.Multiple(() =>
        {
            Assert.That(eveningAgain.Age, Is.Not.Null, "cached during the last valid day");
            Assert.That(evening.Document.QuerySelector(".ocop-mark img"), Is.Not.Null);
            Assert.That(evening.Document.QuerySelector(".pill-expiring"), Is.Not.Null);
            Assert.That(eveningScan.Document.QuerySelector("#verdict img[src*='ocop-mark']"), Is.Not.Null);
            Assert.That(eveningList.Html, Does.Contain(_tea.Name));
            Assert.That(morning.Age, Is.Null, "a page of yesterday is not served today");
            Assert.That(morning.Document.QuerySelector(".ocop-mark img"), Is.Null);
            Assert.That(morning.Document.QuerySelector(".pill-expired"), Is.Not.Null);
            Assert.That(morningScan.Document.QuerySelector("#verdict img[src*='ocop-mark']"), Is.Null);
            Assert.That(HtmlPage.Collapse(morningScan.Document.QuerySelector("#verdict")?.TextContent ?? ""), Does.Contain("đã hết hiệu lực"));
            Assert.That(morningList.Html, Does.Not.Contain(_tea.Name));
        });
    }

    [Test]
    public async Task Back_office_pages_are_never_cached_and_never_reach_an_anonymous_visitor()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var signedIn = await GetAsync(editor.Client, BackOfficeExtensions.PathPrefix);
        var signedInAgain = await GetAsync(editor.Client, BackOfficeExtensions.PathPrefix);
        using var anonymous = await _client.GetAsync(new Uri(BackOfficeExtensions.PathPrefix, UriKind.Relative));
        var anonymousBody = await anonymous.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(signedIn.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signedIn.Html, Does.Contain(StaffName), "the page names who is signed in");
            Assert.That(signedInAgain.Age, Is.Null);
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(anonymous.Headers.Location?.AbsolutePath, Is.EqualTo(BackOfficeExtensions.SignInPath));
            Assert.That(anonymousBody, Does.Not.Contain(StaffName));
        });
    }

    [Test]
    public async Task A_public_page_asked_by_a_signed_in_client_is_the_same_public_page_for_an_anonymous_one()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var seenByEditor = await GetAsync(editor.Client, ProductPage);
        var seenByVisitor = await GetAsync(_client, ProductPage);

        Assert.Multiple(() =>
        {
            Assert.That(seenByVisitor.Age, Is.Not.Null, "the staff cookie stays on /backoffice, so the editor's request was an anonymous one");
            Assert.That(seenByVisitor.Html, Is.EqualTo(seenByEditor.Html));
            Assert.That(seenByVisitor.Html, Does.Not.Contain(StaffName));
        });
    }

    [TestCase("Cookie", "ocop.staff=CfDJ8-a-stale-sign-in")]
    [TestCase("Authorization", "Bearer some-token")]
    public async Task A_request_that_could_be_signed_in_is_neither_served_from_nor_stored_in_the_cache(string header, string value)
    {
        await GetAsync(_client, ProductPage);
        using var request = new HttpRequestMessage(HttpMethod.Get, ProductPage);
        request.Headers.TryAddWithoutValidation(header, value);
        using var signedIn = await _client.SendAsync(request);
        var other = "/san-pham?nhom=2";
        using var storeAttempt = new HttpRequestMessage(HttpMethod.Get, other);
        storeAttempt.Headers.TryAddWithoutValidation(header, value);
        (await _client.SendAsync(storeAttempt)).Dispose();
        var firstAnonymous = await GetAsync(_client, other);

        Assert.Multiple(() =>
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signedIn.Headers.Age, Is.Null, "not served from the cache");
            Assert.That(firstAnonymous.Age, Is.Null, "not stored for others");
        });
    }

    [Test]
    public async Task Every_view_of_a_scan_page_is_recorded_once()
    {
        // Counted in front of the page cache, so a view served from it would count as well.
        for (var i = 0; i < 3; i++)
        {
            await GetAsync(_client, ScanPage, "Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36");
        }

        var recorded = (await _factory.ScanRecordsAsync()).Count(r => r.BatchId == _batch.Id);

        Assert.That(recorded, Is.EqualTo(3));
    }

    [Test]
    public async Task A_scan_page_is_served_from_the_cache_and_still_counts_the_view()
    {
        const string phone = "Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36";
        var first = await GetAsync(_client, ScanPage, phone);
        var second = await GetAsync(_client, ScanPage, phone);

        var recorded = (await _factory.ScanRecordsAsync()).Count(r => r.BatchId == _batch.Id);
        Assert.Multiple(() =>
        {
            Assert.That(second.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first.Age, Is.Null, "the first view is rendered");
            Assert.That(second.Age, Is.Not.Null, "the second view comes from the page cache");
            Assert.That(second.Html, Does.Not.Contain("__RequestVerificationToken"));
            Assert.That(recorded, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_report_form_view_holding_its_visitors_token_is_never_shared()
    {
        var form = ScanPage + "?bao-cao=mo";
        using var first = await _client.GetAsync(new Uri(form, UriKind.Relative));
        using var second = await _client.GetAsync(new Uri(form, UriKind.Relative));
        var firstToken = Token(await first.Content.ReadAsStringAsync());
        var secondToken = Token(await second.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(firstToken, Is.Not.Empty, "the fake-report form has its antiforgery token");
            Assert.That(second.Headers.Age, Is.Null, "rendered again, not served from the cache");
            Assert.That(second.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(secondToken, Is.Not.EqualTo(firstToken), "each visitor gets a token of their own");
        });
    }

    [Test]
    public async Task The_page_and_the_linkset_of_a_stamp_address_are_cached_apart()
    {
        async Task<HttpResponseMessage> LinksetAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ScanPage);
            request.Headers.TryAddWithoutValidation("Accept", LinkTypes.LinksetMediaType);
            return await _client.SendAsync(request);
        }

        using var linkset = await LinksetAsync();
        using var linksetAgain = await LinksetAsync();
        var page = await GetAsync(_client, ScanPage);

        Assert.Multiple(() =>
        {
            Assert.That(linksetAgain.Headers.Age, Is.Not.Null, "the linkset is the same for everyone and cached");
            Assert.That(linksetAgain.Content.Headers.ContentType?.MediaType, Is.EqualTo(LinkTypes.LinksetMediaType));
            Assert.That(page.ContentType, Is.EqualTo("text/html"), "a browser still gets the page");
        });
    }

    [Test]
    public async Task QR_images_are_cached_and_still_answer_not_modified()
    {
        var qr = $"/qr/01/{_tea.Gtin}/10/{_batch.LotCode}.png";
        var first = await GetAsync(_client, qr);
        var second = await GetAsync(_client, qr);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, qr);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        using var notModified = await _client.SendAsync(conditional);

        Assert.Multiple(() =>
        {
            Assert.That(second.Age, Is.Not.Null);
            Assert.That(second.ContentType, Is.EqualTo("image/png"));
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        });
    }

    [Test]
    public async Task A_later_publish_removes_an_unpublished_product_and_its_QR_image_from_the_cache()
    {
        var qr = $"/qr/01/{_tea.Gtin}.svg";
        await GetAsync(_client, ProductPage);
        await GetAsync(_client, qr);
        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == _tea.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublicationState.Draft)));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _tea.Id));
        var page = await GetAsync(_client, ProductPage);
        var image = await GetAsync(_client, qr);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(image.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_bench_publish_endpoint_exists_only_when_a_bench_asks_for_it()
    {
        using var benchSite = _factory.WithWebHostBuilder(b => b.UseSetting(BenchPublishEndpoint.EnabledKey, "true"));
        using var bench = Anonymous(benchSite);
        var url = BenchPublishEndpoint.Path + "?slug=" + _tea.Slug;

        using var refused = await _client.PostAsync(new Uri(url, UriKind.Relative), null);
        var before = await GetAsync(bench, ProductPage);
        await GetAsync(bench, ProductPage);
        using var published = await bench.PostAsync(new Uri(url, UriKind.Relative), null);
        var after = await GetAsync(bench, ProductPage);

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed));
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(before.Html, Does.Not.Contain("· bench "));
            Assert.That(after.Age, Is.Null, "the publish evicted the cached page");
            Assert.That(after.Html, Does.Contain("· bench "));
        });
    }

    private async Task RenameAsync(string name) =>
        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == _tea.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, name)));

    private static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    internal static HttpClient Anonymous(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    internal static async Task<Answer> GetAsync(HttpClient client, string url, string? userAgent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new Answer(response.StatusCode, response.Headers.Age, response.Headers.ETag?.ToString(),
            response.Content.Headers.ContentType?.MediaType, System.Text.Encoding.UTF8.GetString(body));
    }

    internal sealed record Answer(HttpStatusCode Status, TimeSpan? Age, string? ETag, string? ContentType, string Html)
    {
        public AngleSharp.Dom.IDocument Document { get; } = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Html);
    }
}
