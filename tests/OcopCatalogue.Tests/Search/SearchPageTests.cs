using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Search;

/// <summary>The search page /tim-kiem and the header's search box, on the repository's real content (uSync/).</summary>
public sealed class SearchPageTests
{
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartWithTheRepositoryContent()
    {
        _factory = new OcopWebFactory();
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Dau_tam_lists_every_dau_tam_product_with_the_words_marked_in_the_name()
    {
        var expected = await ProductSlugsAsync(p => VietnameseText.Fold(p.Name).Contains("dau tam", StringComparison.Ordinal));

        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=dau+tam");
        var products = ProductLinks(page).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(expected, Has.Count.EqualTo(3), "uSync/ has three dâu tằm products");
            Assert.That(products.Select(SlugOf), Is.EquivalentTo(expected));
            Assert.That(products.Select(a => a.QuerySelector("mark")?.TextContent), Is.All.EqualTo("dâu tằm"));
            Assert.That(page.Document.QuerySelector("#results-title")?.TextContent, Does.StartWith("Tìm thấy").And.Contain("“dau tam”"));
            Assert.That(page.Document.QuerySelector("#search-q")?.GetAttribute("value"), Is.EqualTo("dau tam"), "the words stay in the box");
        });
    }

    [Test]
    public async Task A_product_result_names_its_producer_and_shows_its_stars_and_status()
    {
        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=mut+dau+tam");
        var hit = page.Document.QuerySelectorAll("li.search-hit").First(li => li.QuerySelector("a")?.GetAttribute("href") == "/san-pham/mut-dau-tam");

        Assert.Multiple(() =>
        {
            Assert.That(hit.QuerySelector(".hit-subtitle")?.TextContent, Is.EqualTo("Hộ Kinh doanh Dâu tằm 2 Thuận"));
            Assert.That(hit.QuerySelector(".stars")?.TextContent, Does.Contain("3 sao"));
            Assert.That(hit.QuerySelector(".pill"), Is.Not.Null, "the certificate status");
        });
    }

    [Test]
    public async Task Group_facet_narrows_the_query_and_still_offers_the_other_group()
    {
        var drinks = await ProductSlugsAsync(p => p.Group == OcopGroup.Drinks);

        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=dau+tam&nhom=2");
        var hits = page.Document.QuerySelectorAll("li.search-hit h3 a").Select(a => a.GetAttribute("href")!).ToList();
        var groupLinks = FacetLinks(page, "Nhóm sản phẩm");
        var chosen = groupLinks.Single(a => a.GetAttribute("aria-current") == "true");
        var food = groupLinks.SingleOrDefault(a => a.TextContent.Contains("Thực phẩm", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(hits, Is.Not.Empty);
            Assert.That(hits, Is.All.StartWith("/san-pham/"), "a group filter keeps products only");
            Assert.That(hits.Select(h => h["/san-pham/".Length..]), Is.SubsetOf(drinks));
            Assert.That(chosen.TextContent, Does.Contain("Đồ uống"));
            Assert.That(chosen.GetAttribute("href"), Is.EqualTo("/tim-kiem?q=dau%20tam"), "the chosen group's link removes it and keeps the words");
            Assert.That(food?.GetAttribute("href"), Is.EqualTo("/tim-kiem?q=dau%20tam&nhom=1"));
            Assert.That(food?.TextContent, Does.Contain("(1)"), "the food count ignores the group chosen");
        });
    }

    [Test]
    public async Task Facet_links_keep_the_words_and_the_other_filters_and_chosen_filters_can_be_removed()
    {
        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=dau+tam&nhom=2&sao=3");
        var localityLink = FacetLinks(page, "Địa phương").First();
        var removeStars = page.Document.QuerySelectorAll(".active-filters a.chip").Single(a => a.TextContent.Contains("3 sao", StringComparison.Ordinal));
        var clear = page.Document.QuerySelector(".active-filters a.clear-filters");

        Assert.Multiple(() =>
        {
            Assert.That(localityLink.GetAttribute("href"), Does.StartWith("/tim-kiem?q=dau%20tam&nhom=2&sao=3&dia-phuong="));
            Assert.That(FacetLinks(page, "Hạng sao").Single(a => a.TextContent.Contains("3 sao", StringComparison.Ordinal)).GetAttribute("aria-current"), Is.EqualTo("true"));
            Assert.That(removeStars.GetAttribute("href"), Is.EqualTo("/tim-kiem?q=dau%20tam&nhom=2"));
            Assert.That(clear?.GetAttribute("href"), Is.EqualTo("/tim-kiem?q=dau%20tam"));
        });
    }

    [Test]
    public async Task Locality_facet_uses_the_catalogues_locality_key()
    {
        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=dau+tam");
        var link = FacetLinks(page, "Địa phương").First();
        var key = link.GetAttribute("href")![(link.GetAttribute("href")!.IndexOf("dia-phuong=", StringComparison.Ordinal) + "dia-phuong=".Length)..];
        var filtered = await HtmlPage.GetAsync(_client, link.GetAttribute("href")!);
        var catalogue = await HtmlPage.GetAsync(_client, "/san-pham?dia-phuong=" + key);

        Assert.Multiple(() =>
        {
            Assert.That(Slug.IsWellFormed(key), Is.True, key);
            Assert.That(catalogue.Document.QuerySelector($"#f-dia-phuong option[value='{key}']"), Is.Not.Null, "the catalogue knows the same key");
            Assert.That(FacetLinks(filtered, "Địa phương").Single(a => a.GetAttribute("aria-current") == "true").GetAttribute("href"), Is.EqualTo("/tim-kiem?q=dau%20tam"));
            Assert.That(ProductLinks(filtered), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Misspelt_tra_sa_den_shows_the_corrected_words_and_tra_xa_den()
    {
        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=tra+sa+den");
        var notice = page.Document.QuerySelector(".search-notice");
        var first = ProductLinks(page).FirstOrDefault();

        Assert.Multiple(() =>
        {
            Assert.That(HtmlPage.Collapse(notice?.TextContent ?? ""), Is.EqualTo("Không có kết quả cho “tra sa den”. Đang hiển thị kết quả cho “tra xa den”."));
            Assert.That(notice?.QuerySelector("a")?.GetAttribute("href"), Is.EqualTo("/tim-kiem?q=tra%20xa%20den"));
            Assert.That(first?.TextContent, Is.EqualTo("Trà Xạ đen"));
            Assert.That(first?.QuerySelector("mark")?.TextContent, Is.EqualTo("Trà Xạ đen"), "the corrected words are the ones marked");
        });
    }

    [Test]
    public async Task Pages_of_twenty_with_links_that_keep_the_words_and_the_filters()
    {
        var emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;
        try
        {
            using var factory = new OcopWebFactory(emptyUSync);
            var producer = ContentSeed.Producer("Hợp tác xã Trà Phân trang", ProducerKind.Cooperative);
            var drinks = Enumerable.Range(1, 25).Select(i => ContentSeed.Product(string.Create(CultureInfo.InvariantCulture, $"Trà thử {i:00}"), producer, OcopGroup.Drinks));
            var food = Enumerable.Range(1, 3).Select(i => ContentSeed.Product(string.Create(CultureInfo.InvariantCulture, $"Bánh trà {i}"), producer, OcopGroup.Food));
            await factory.SaveAsync([producer, .. drinks, .. food]);
            await factory.WithServiceAsync<OcopCatalogue.Web.Search.SearchIndexer>(indexer => indexer.RebuildAsync());

            using var client = factory.CreateClient();
            var first = await HtmlPage.GetAsync(client, "/tim-kiem?q=tra&nhom=2");
            var next = first.Document.QuerySelector("nav.pagination a[rel='next']")?.GetAttribute("href");
            var second = await HtmlPage.GetAsync(client, next ?? "/tim-kiem");
            var beyond = await HtmlPage.GetAsync(client, "/tim-kiem?q=tra&nhom=2&trang=99999");

            Assert.Multiple(() =>
            {
                Assert.That(first.Document.QuerySelectorAll("li.search-hit"), Has.Length.EqualTo(20));
                Assert.That(next, Is.EqualTo("/tim-kiem?q=tra&nhom=2&trang=2"));
                Assert.That(second.Document.QuerySelectorAll("li.search-hit"), Has.Length.EqualTo(5));
                Assert.That(second.Document.QuerySelector("nav.pagination a[rel='prev']")?.GetAttribute("href"), Is.EqualTo("/tim-kiem?q=tra&nhom=2"));
                Assert.That(second.Document.QuerySelector("nav.pagination a[aria-current='page']")?.TextContent, Does.EndWith("2"));
                Assert.That(second.Document.QuerySelector("ol.search-results")?.GetAttribute("start"), Is.EqualTo("21"));
                Assert.That(beyond.Status, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(beyond.Document.QuerySelectorAll("li.search-hit"), Has.Length.EqualTo(5), "a page past the end shows the last page");
            });
        }
        finally
        {
            Directory.Delete(emptyUSync, recursive: true);
        }
    }

    [Test]
    public async Task The_same_url_gives_the_same_page()
    {
        var once = await HtmlPage.GetAsync(_client, "/tim-kiem?q=tra&sao=3");
        var again = await HtmlPage.GetAsync(_client, "/tim-kiem?q=tra&sao=3");

        Assert.That(again.Document.QuerySelector("main")?.OuterHtml, Is.EqualTo(once.Document.QuerySelector("main")?.OuterHtml));
    }

    [TestCase("/tim-kiem")]
    [TestCase("/tim-kiem?q=")]
    [TestCase("/tim-kiem?q=%20%20%09")]
    public async Task Empty_query_shows_the_search_form_and_help_without_results(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo("Tìm kiếm"));
            Assert.That(page.Document.QuerySelector("main form[action='/tim-kiem'] input[name='q']")?.GetAttribute("value"), Is.Empty);
            Assert.That(page.Document.QuerySelector("main p.lead")?.TextContent, Does.Contain("không dấu"));
            Assert.That(page.Document.QuerySelector("ol.search-results"), Is.Null);
            Assert.That(page.Document.QuerySelector("#results-title"), Is.Null);
        });
    }

    [Test]
    public async Task No_results_suggests_spelling_fewer_words_and_the_catalogue()
    {
        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=qqqqzzzz+xxxxwwww");
        var tips = page.Document.QuerySelectorAll("main .plain-list li").Select(li => HtmlPage.Collapse(li.TextContent)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo("Không tìm thấy kết quả nào cho “qqqqzzzz xxxxwwww”"));
            Assert.That(tips, Has.Some.Contains("chính tả"));
            Assert.That(tips, Has.Some.Contains("ít từ hơn"));
            Assert.That(page.Document.QuerySelector("main .plain-list a[href='/san-pham']"), Is.Not.Null);
        });
    }

    [Test]
    public async Task Result_pages_are_not_indexed_and_titled_with_the_words()
    {
        var results = await HtmlPage.GetAsync(_client, "/tim-kiem?q=dau+tam");
        var empty = await HtmlPage.GetAsync(_client, "/tim-kiem");

        Assert.Multiple(() =>
        {
            Assert.That(results.Document.QuerySelector("meta[name='robots']")?.GetAttribute("content"), Is.EqualTo("noindex"));
            Assert.That(results.Document.Title, Does.StartWith("Tìm kiếm: “dau tam”"));
            Assert.That(empty.Document.Title, Does.StartWith("Tìm kiếm ·"));
        });
    }

    [Test]
    public async Task Home_page_header_has_a_labelled_search_form_to_the_results_page()
    {
        var page = await HtmlPage.GetAsync(_client, "/");
        var form = page.Document.QuerySelector("header form[role='search']");
        var input = form?.QuerySelector("input[name='q']");
        var label = input?.Id is { } id ? page.Document.QuerySelector($"label[for='{id}']") : null;
        var script = page.Document.QuerySelector("script[src*='search-suggest']");

        Assert.Multiple(() =>
        {
            Assert.That(form?.GetAttribute("action"), Is.EqualTo("/tim-kiem"));
            Assert.That(form?.GetAttribute("method"), Is.EqualTo("get"));
            Assert.That(label?.TextContent, Is.EqualTo("Tìm kiếm sản phẩm, chủ thể, điểm bán"));
            Assert.That(input?.GetAttribute("data-suggest-url"), Is.EqualTo("/api/search/suggest"));
            Assert.That(input?.GetAttribute("data-suggest-label"), Is.Not.Empty);
            Assert.That(form?.QuerySelector("button[type='submit']")?.TextContent, Is.EqualTo("Tìm"));
            Assert.That(script?.HasAttribute("defer"), Is.True, "the suggestions script waits for the page");
            Assert.That(page.Document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"), Is.Empty, "no inline script");
        });
    }

    [Test]
    public async Task Search_page_has_one_search_box_carrying_the_words()
    {
        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?q=tra");

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelectorAll("input[name='q']"), Has.Length.EqualTo(1));
            Assert.That(page.Document.QuerySelector("main form[role='search'] input[name='q']")?.GetAttribute("value"), Is.EqualTo("tra"));
        });
    }

    private static IEnumerable<TestCaseData> BadQueries()
    {
        (string Name, string Query)[] cases =
        [
            ("empty", "q="),
            ("1,000 letters", "q=" + new string('a', 1000)),
            ("1,000 characters of words", "q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("trà xạ đen", 100)))),
            ("quote", "q=%22"),
            ("star", "q=*"),
            ("NEAR(", "q=NEAR("),
            ("AND OR", "q=AND+OR"),
            ("SQL", "q=" + Uri.EscapeDataString("' OR 1=1 --")),
            ("emoji", "q=" + Uri.EscapeDataString("🍵🍵🍵")),
            ("Chinese", "q=" + Uri.EscapeDataString("茶")),
            ("mixed scripts", "q=" + Uri.EscapeDataString("trà 茶 tea 🍵 чай")),
            ("markup", "q=" + Uri.EscapeDataString("<script>alert(1)</script>")),
            ("broken escape", "q=%ZZ%"),
            ("sao=9", "q=dau+tam&sao=9"),
            ("nhom=abc", "q=dau+tam&nhom=abc"),
            ("trang=-1", "q=dau+tam&trang=-1"),
            ("trang=99999", "q=dau+tam&trang=99999"),
            ("trang past int", "q=dau+tam&trang=99999999999999999999"),
            ("unknown locality", "q=dau+tam&dia-phuong=abc"),
            ("locality path", "q=dau+tam&dia-phuong=" + Uri.EscapeDataString("../<x>")),
            ("unknown status", "q=dau+tam&trang-thai=xyz"),
            ("repeated filters", "q=dau+tam&sao=3&sao=3&sao=x&nhom=2&nhom=9"),
            ("two queries", "q=a&q=b"),
        ];
        return cases.Select(c => new TestCaseData(c.Query).SetArgDisplayNames(c.Name));
    }

    [TestCaseSource(nameof(BadQueries))]
    public async Task Bad_input_gives_a_normal_results_page(string query)
    {
        var page = await HtmlPage.GetAsync(_client, "/tim-kiem?" + query);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo("Tìm kiếm"));
            Assert.That(page.Document.QuerySelector("main form[role='search']"), Is.Not.Null);
            Assert.That(page.Html, Does.Not.Contain("<script>alert"), "what was typed is written as text");
        });
    }

    [TestCaseSource(nameof(BadQueries))]
    public async Task Bad_input_gives_a_json_answer_from_the_suggest_endpoint(string query)
    {
        using var response = await _client.GetAsync(new Uri("/api/search/suggest?" + query, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(json.RootElement.GetProperty("suggestions").ValueKind, Is.EqualTo(JsonValueKind.Array));
        });
    }

    [Test]
    public async Task Junk_filters_are_ignored_rather_than_emptying_the_results()
    {
        var plain = await HtmlPage.GetAsync(_client, "/tim-kiem?q=dau+tam");
        var junk = await HtmlPage.GetAsync(_client, "/tim-kiem?q=dau+tam&sao=9&nhom=abc&dia-phuong=abc&trang-thai=xyz&trang=-1");

        Assert.Multiple(() =>
        {
            Assert.That(junk.Document.QuerySelector("#results-title")?.TextContent, Is.EqualTo(plain.Document.QuerySelector("#results-title")?.TextContent));
            Assert.That(junk.Document.QuerySelector(".active-filters"), Is.Null, "no filter is shown as chosen");
        });
    }

    private static IEnumerable<IElement> ProductLinks(HtmlPage page) =>
        page.Document.QuerySelectorAll("li.search-hit h3 a").Where(a => a.GetAttribute("href")!.StartsWith("/san-pham/", StringComparison.Ordinal));

    private static string SlugOf(IElement link) => link.GetAttribute("href")!["/san-pham/".Length..];

    /// <summary>The links of the facet under the h3 with this title.</summary>
    private static List<IElement> FacetLinks(HtmlPage page, string title)
    {
        var heading = page.Document.QuerySelectorAll(".search-facets h3").Single(h => h.TextContent == title);
        return heading.NextElementSibling!.QuerySelectorAll("a.facet-link").ToList();
    }

    private async Task<List<string>> ProductSlugsAsync(Func<Product, bool> which)
    {
        var products = await _factory.WithDbAsync(db => db.Products.AsNoTracking().Where(p => p.State == PublicationState.Published).ToListAsync());
        return products.Where(which).Select(p => p.Slug).ToList();
    }
}
