using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Publishing;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.SearchEngines;

/// <summary>
/// robots.txt, the sitemap and the feeds of a site importing the repository's uSync content plus a draft of each type,
/// with its official address set and sitemap parts of 7 addresses, so the index has several parts.
/// </summary>
public sealed class SearchEngineTests
{
    private const string PublicBase = "https://ocop.example.vn";
    private const int PartSize = 7;
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;
    private Product _draftProduct = null!;
    private Producer _draftProducer = null!;
    private OcopCatalogue.Core.SalesPoints.SalesPoint _draftPoint = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new OcopWebFactory(settings: new Dictionary<string, string?>
        {
            ["Ocop:PublicBaseUrl"] = PublicBase,
            ["Ocop:SearchEngines:SitemapPartSize"] = PartSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ocop:SearchEngines:FeedEntries"] = "5",
        });
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PublicBase), AllowAutoRedirect = false });
        _draftProducer = Producer("Công ty Nháp Sơ đồ", state: PublicationState.Draft);
        _draftProduct = Product("Sản phẩm nháp sơ đồ", _draftProducer, OcopGroup.Food, Rated(80m, new DateOnly(2024, 1, 1)));
        _draftProduct.State = PublicationState.Draft;
        _draftPoint = SalesPoint("Điểm bán nháp sơ đồ", state: PublicationState.Draft);
        var draftPage = Page("trang-nhap-so-do", "Trang nháp", "<p>Nháp</p>");
        draftPage.State = PublicationState.Draft;
        await _factory.SaveAsync(_draftProducer, _draftProduct, _draftPoint, draftPage);
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _draftProduct.Id));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        var response = await _client.GetAsync(path);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The store's published pages, each with its last publish: what the sitemap must list, no more.</summary>
    private Task<Dictionary<string, DateTimeOffset>> PublishedAsync() => _factory.WithDbAsync(async db =>
    {
        var pages = new Dictionary<string, DateTimeOffset>();
        foreach (var p in await db.Products.AsNoTracking().Where(p => p.State == PublicationState.Published).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync())
        {
            pages["/san-pham/" + p.Slug] = p.UpdatedAt;
        }

        foreach (var p in await db.Producers.AsNoTracking().Where(p => p.State == PublicationState.Published).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync())
        {
            pages["/chu-the/" + p.Slug] = p.UpdatedAt;
        }

        foreach (var p in await db.SalesPoints.AsNoTracking().Where(p => p.State == PublicationState.Published).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync())
        {
            pages["/diem-ban/" + p.Slug] = p.UpdatedAt;
        }

        foreach (var p in await db.Pages.AsNoTracking().Where(p => p.State == PublicationState.Published).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync())
        {
            pages["/trang/" + p.Slug] = p.UpdatedAt;
        }

        return pages;
    });

    private static string English(string vietnamese) => vietnamese switch
    {
        "/" => "/en",
        _ when vietnamese.StartsWith("/san-pham", StringComparison.Ordinal) => "/en/products" + vietnamese["/san-pham".Length..],
        _ when vietnamese.StartsWith("/chu-the", StringComparison.Ordinal) => "/en/producers" + vietnamese["/chu-the".Length..],
        _ when vietnamese.StartsWith("/diem-ban", StringComparison.Ordinal) => "/en/sales-points" + vietnamese["/diem-ban".Length..],
        _ => "/en/pages" + vietnamese["/trang".Length..],
    };

    [Test]
    public async Task Robots_txt_keeps_crawlers_out_of_staff_search_api_and_stamp_addresses_and_names_the_sitemap()
    {
        var (response, body) = await GetAsync("/robots.txt");
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(lines[0], Is.EqualTo("User-agent: *"));
            Assert.That(lines, Is.SupersetOf(new[]
            {
                "Disallow: /backoffice", "Disallow: /tim-kiem", "Disallow: /en/search", "Disallow: /api/", "Disallow: /en/api/",
                "Disallow: /qr/", "Disallow: /nhan-in/",
            }));
            Assert.That(lines, Does.Contain("Sitemap: " + PublicBase + "/sitemap.xml"));
            // Nothing the public should find is kept out.
            Assert.That(lines.Where(l => l.StartsWith("Disallow:", StringComparison.Ordinal)), Has.None.EqualTo("Disallow: /").And.None.EqualTo("Disallow: /san-pham"));
        });
    }

    [Test]
    public async Task The_sitemap_lists_exactly_the_published_pages_in_both_languages_with_their_last_publish()
    {
        var (indexResponse, indexBody) = await GetAsync("/sitemap.xml");
        Assert.That(indexResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(indexResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        var index = XDocument.Parse(indexBody);
        Assert.That(index.Root!.Name, Is.EqualTo(SitemapNs + "sitemapindex"));
        var parts = index.Root.Elements(SitemapNs + "sitemap").Select(s => s.Element(SitemapNs + "loc")!.Value).ToList();

        var urls = new List<XElement>();
        foreach (var part in parts)
        {
            Assert.That(part, Does.StartWith(PublicBase + "/sitemap-"));
            var (response, body) = await GetAsync(new Uri(part).PathAndQuery);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), part);
            var set = XDocument.Parse(body).Root!;
            Assert.That(set.Name, Is.EqualTo(SitemapNs + "urlset"));
            Assert.That(set.Elements(SitemapNs + "url").Count(), Is.InRange(1, PartSize), part);
            urls.AddRange(set.Elements(SitemapNs + "url"));
        }

        var published = await PublishedAsync();
        var expected = new List<string> { "/", "/san-pham", "/diem-ban" };
        expected.AddRange(published.Keys);
        var expectedAddresses = expected.SelectMany(p => new[] { PublicBase + p, PublicBase + English(p) }).ToList();
        var listed = urls.Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(parts, Has.Count.EqualTo((expectedAddresses.Count + PartSize - 1) / PartSize));
            Assert.That(listed, Is.Unique);
            Assert.That(listed, Is.EquivalentTo(expectedAddresses));
            Assert.That(listed, Has.None.Contain(_draftProduct.Slug).And.None.Contain(_draftProducer.Slug)
                .And.None.Contain(_draftPoint.Slug).And.None.Contain("trang-nhap-so-do"));
        });

        foreach (var url in urls)
        {
            var loc = url.Element(SitemapNs + "loc")!.Value;
            var vietnamese = expected.Single(p => PublicBase + p == loc || PublicBase + English(p) == loc);
            var alternates = url.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Multiple(() =>
            {
                Assert.That(alternates, Has.Count.EqualTo(3), loc);
                Assert.That(alternates["vi"], Is.EqualTo(PublicBase + vietnamese), loc);
                Assert.That(alternates["en"], Is.EqualTo(PublicBase + English(vietnamese)), loc);
                Assert.That(alternates["x-default"], Is.EqualTo(PublicBase + vietnamese), loc);
                Assert.That(url.Elements(Xhtml + "link").Select(l => l.Attribute("rel")?.Value), Is.All.EqualTo("alternate"));
                if (published.TryGetValue(vietnamese, out var updated))
                {
                    Assert.That(DateTimeOffset.Parse(url.Element(SitemapNs + "lastmod")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                        Is.EqualTo(updated).Within(TimeSpan.FromSeconds(1)), loc);
                }
            });
        }
    }

    [Test]
    public async Task A_sitemap_part_past_the_last_is_not_found()
    {
        var index = XDocument.Parse((await GetAsync("/sitemap.xml")).Body);
        var count = index.Root!.Elements(SitemapNs + "sitemap").Count();

        Assert.Multiple(async () =>
        {
            Assert.That((await GetAsync($"/sitemap-{count + 1}.xml")).Response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await GetAsync("/sitemap-0.xml")).Response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await GetAsync("/sitemap-abc.xml")).Response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("/san-pham/feed.atom", "vi", "/san-pham/")]
    [TestCase("/en/products/feed.atom", "en", "/en/products/")]
    public async Task The_product_feed_is_Atom_with_the_newest_published_products_first(string path, string language, string pagePrefix)
    {
        var (response, body) = await GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/atom+xml"));
        var feed = XDocument.Parse(body).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        var published = await PublishedAsync();
        var newest = published.Where(p => p.Key.StartsWith("/san-pham/", StringComparison.Ordinal)).Max(p => p.Value);

        Assert.Multiple(() =>
        {
            Assert.That(feed.Name, Is.EqualTo(Atom + "feed"));
            Assert.That(feed.Attribute(XNamespace.Xml + "lang")?.Value, Is.EqualTo(language));
            Assert.That(feed.Element(Atom + "id")?.Value, Is.EqualTo(PublicBase + path));
            Assert.That(feed.Element(Atom + "title")?.Value, Is.Not.Empty);
            Assert.That(DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(newest).Within(TimeSpan.FromSeconds(1)));
            Assert.That(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value, Is.Not.Empty);
            Assert.That(feed.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self").Attribute("href")?.Value, Is.EqualTo(PublicBase + path));
            Assert.That(feed.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "alternate").Attribute("href")?.Value, Does.StartWith(PublicBase));
            Assert.That(entries, Has.Count.EqualTo(Math.Min(5, published.Keys.Count(k => k.StartsWith("/san-pham/", StringComparison.Ordinal)))));
        });

        var dates = new List<DateTimeOffset>();
        foreach (var entry in entries)
        {
            var link = entry.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "alternate").Attribute("href")!.Value;
            var updated = DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            dates.Add(updated);
            Assert.Multiple(() =>
            {
                Assert.That(entry.Element(Atom + "id")?.Value, Does.StartWith("urn:uuid:"));
                Assert.That(entry.Element(Atom + "title")?.Value, Is.Not.Empty);
                Assert.That(entry.Element(Atom + "summary")?.Value, Is.Not.Empty);
                Assert.That(link, Does.StartWith(PublicBase + pagePrefix));
                Assert.That(link, Does.Not.Contain(_draftProduct.Slug));
                Assert.That(published, Does.ContainKey("/san-pham/" + link[(PublicBase + pagePrefix).Length..]));
            });
        }

        Assert.That(dates, Is.Ordered.Descending);
    }

    [TestCase("/", "/san-pham/feed.atom")]
    [TestCase("/en/products", "/en/products/feed.atom")]
    public async Task Pages_name_the_feed_of_their_language(string page, string feed)
    {
        var html = await HtmlPage.GetAsync(_client, page);
        var link = html.Document.QuerySelector("link[rel='alternate'][type='application/atom+xml']");

        Assert.That(link?.GetAttribute("href"), Is.EqualTo(PublicBase + feed));
    }

    [Test]
    public async Task Share_cards_use_the_official_address()
    {
        var html = await HtmlPage.GetAsync(_client, "/");

        Assert.Multiple(() =>
        {
            Assert.That(html.Document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"), Is.EqualTo(PublicBase + "/"));
            Assert.That(html.Document.QuerySelector("meta[property='og:image']")?.GetAttribute("content"), Is.EqualTo(PublicBase + "/chia-se/trang-web.png"));
        });
    }

    [Test]
    public async Task A_publish_brings_a_new_product_into_the_sitemap_and_the_feed()
    {
        var fresh = Product("Sản phẩm mới sơ đồ", null, OcopGroup.Food, Rated(71m, new DateOnly(2025, 1, 1)));
        fresh.UpdatedAt = DateTimeOffset.UtcNow.AddMinutes(1);
        _ = await GetAsync("/sitemap.xml");
        _ = await GetAsync("/san-pham/feed.atom");
        await _factory.SaveAsync(fresh);
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, fresh.Id));

        var index = XDocument.Parse((await GetAsync("/sitemap.xml")).Body);
        var listed = new List<string>();
        foreach (var part in index.Root!.Elements(SitemapNs + "sitemap").Select(s => new Uri(s.Element(SitemapNs + "loc")!.Value).PathAndQuery))
        {
            listed.AddRange(XDocument.Parse((await GetAsync(part)).Body).Descendants(SitemapNs + "loc").Select(l => l.Value));
        }

        var feed = XDocument.Parse((await GetAsync("/san-pham/feed.atom")).Body);
        Assert.Multiple(() =>
        {
            Assert.That(listed, Does.Contain(PublicBase + "/san-pham/" + fresh.Slug).And.Contain(PublicBase + "/en/products/" + fresh.Slug));
            Assert.That(feed.Root!.Element(Atom + "entry")?.Element(Atom + "id")?.Value, Is.EqualTo("urn:uuid:" + fresh.Id.ToString("D")));
        });
    }
}
