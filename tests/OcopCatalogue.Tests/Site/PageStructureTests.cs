using AngleSharp.Dom;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

/// <summary>
/// Structure every public page shares: what the W3C checker and axe would object to first, checked
/// cheaply on each page so a mistake shows up here before the browser tests run.
/// </summary>
public sealed class PageStructureTests
{
    private static readonly string[] IllustratedGroups = ["food", "drinks", "herbal", "handicrafts", "plants", "tourism"];

    private static SeededSite Site => SeededSite.Instance;

    private static IEnumerable<string> PublicUrls()
    {
        yield return "/";
        yield return "/san-pham";
        yield return "/san-pham?nhom=1&sao=3&sao=4&trang-thai=con-hieu-luc";
        yield return "/san-pham/tra-xa-den";
        yield return "/san-pham/tranh-la-bo-de";
        yield return "/san-pham/thot-not-dong-lon";
        yield return "/san-pham/buoi-da-xanh";
        yield return "/san-pham/banh-thu-nghiem";
        yield return "/chu-the/ho-kinh-doanh-thu-nghiem";
        yield return "/diem-ban";
        yield return "/diem-ban/diem-ban-ocop-thu-nghiem";
        yield return "/trang/gioi-thieu-ocop";
        yield return "/tim-kiem";
        yield return "/tim-kiem?q=tra+xa+den&nhom=2&sao=3";
        yield return "/khong-co-trang-nay";
        yield return "/loi/500";
        yield return "/en";
        yield return "/en/products?nhom=1&sao=3&sao=4&trang-thai=con-hieu-luc";
        yield return "/en/products/tra-xa-den";
        yield return "/en/producers/ho-kinh-doanh-thu-nghiem";
        yield return "/en/sales-points";
        yield return "/en/sales-points/diem-ban-ocop-thu-nghiem";
        yield return "/en/pages/gioi-thieu-ocop";
        yield return "/en/search?q=tra+xa+den&nhom=2&sao=3";
        yield return "/en/khong-co-trang-nay";
        yield return "/en/error/500";
    }

    [TestCaseSource(nameof(PublicUrls))]
    public async Task Page_has_the_landmarks_one_h1_and_headings_in_order(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);
        var document = page.Document;
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        var skipped = levels.Zip(levels.Skip(1)).Where(pair => pair.Second > pair.First + 1).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo(url.StartsWith("/en", StringComparison.Ordinal) ? "en" : "vi"));
            Assert.That(document.QuerySelectorAll("h1"), Has.Length.EqualTo(1));
            Assert.That(levels.FirstOrDefault(), Is.EqualTo(1), "the first heading is the h1");
            Assert.That(skipped, Is.Empty, "no heading level is skipped");
            Assert.That(document.QuerySelectorAll("main#main"), Has.Length.EqualTo(1));
            Assert.That(document.QuerySelectorAll("body > header, body > footer"), Has.Length.EqualTo(2));
            Assert.That(document.QuerySelector("header nav[aria-label]"), Is.Not.Null);
            Assert.That(document.QuerySelector("body a")?.GetAttribute("href"), Is.EqualTo("#main"), "the skip link comes first");
            Assert.That(document.Title, Is.Not.Empty);
            Assert.That(document.QuerySelector("meta[name='description']")?.GetAttribute("content"), Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(PublicUrls))]
    public async Task Page_has_alt_text_unique_ids_and_no_nested_links(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);
        var document = page.Document;
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        var idSet = ids.ToHashSet(StringComparer.Ordinal);
        var references = document.QuerySelectorAll("label[for]").Select(l => l.GetAttribute("for")!)
            .Concat(document.QuerySelectorAll("[aria-labelledby]").SelectMany(e => e.GetAttribute("aria-labelledby")!.Split(' ')))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(document.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt")), Is.Empty, "every image has alt");
            Assert.That(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "ids are unique");
            Assert.That(references.Where(r => !idSet.Contains(r)), Is.Empty, "labels point at elements that exist");
            Assert.That(document.QuerySelectorAll("a a, a button, button a"), Is.Empty, "no interactive element inside a link");
            Assert.That(document.QuerySelectorAll("ul > :not(li), ol > :not(li)"), Is.Empty, "lists hold only items");
            Assert.That(document.QuerySelectorAll("a").Where(a => string.IsNullOrWhiteSpace(a.TextContent) && !HasAltImage(a)), Is.Empty, "every link has a name");
        });
    }

    [TestCaseSource(nameof(PublicUrls))]
    public async Task Page_links_its_stylesheet_and_runs_no_script_but_the_deferred_search_suggestions(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);
        var scripts = page.Document.QuerySelectorAll("script:not([type='application/ld+json'])");
        // The sales point directory also enhances its list with a map (Leaflet, from wwwroot/lib) and a near-me button.
        var directory = OcopCatalogue.Web.Site.SiteLanguage.ToVietnamese(url);
        string[] allowed = directory.StartsWith("/diem-ban", StringComparison.Ordinal) && !directory.StartsWith("/diem-ban/", StringComparison.Ordinal)
            ? ["/js/search-suggest", "/lib/leaflet/leaflet.", "/lib/leaflet.markercluster/leaflet.markercluster.", "/js/sales-point-map"]
            : ["/js/search-suggest"];

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector("link[rel='stylesheet']")?.GetAttribute("href"), Does.StartWith("/css/site"));
            // The pages work without script; the only one enhances the search box, from a file (a strict CSP comes later).
            Assert.That(scripts.Select(s => s.GetAttribute("src") ?? "inline"), Has.All.Matches<string>(src => allowed.Any(a => src.StartsWith(a, StringComparison.Ordinal))));
            Assert.That(scripts.Where(s => !s.HasAttribute("defer")), Is.Empty);
        });
    }

    [Test]
    public async Task Stylesheet_and_illustrations_are_served_to_browsers()
    {
        var home = await HtmlPage.GetAsync(Site.Client, "/");
        var urls = new[] { home.Document.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!, "/img/ocop-mark.svg", "/favicon.svg" }
            .Concat(IllustratedGroups.Select(g => $"/img/groups/{g}.svg"));

        foreach (var url in urls)
        {
            // Browsers ask for compressed files; the compressed variants must exist wherever the site runs from.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip, br");
            using var response = await Site.Client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.That(body, Is.Not.Empty, url);
        }
    }

    private static bool HasAltImage(IElement link) => link.QuerySelectorAll("img").Any(i => !string.IsNullOrWhiteSpace(i.GetAttribute("alt")));
}
