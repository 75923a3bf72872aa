using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

/// <summary>
/// The header's language switcher repeats the visited path in the other language; on a 404 that path is whatever a
/// link said, so a path starting with two slashes (or a backslash, which browsers read as one) must not become a
/// link to another site.
/// </summary>
public sealed class LanguageLinkTests
{
    private static SeededSite Site => SeededSite.Instance;

    private static async Task<HtmlPage> GetRawAsync(string pathAndQuery)
    {
        // Built by hand: a relative "//host/..." would be resolved by HttpClient as another host.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Site.Client.BaseAddress!.GetLeftPart(UriPartial.Authority) + pathAndQuery));
        using var response = await Site.Client.SendAsync(request);
        return await HtmlPage.ParseAsync(response);
    }

    [TestCase("/en//evil.example/phish", "vi")]
    [TestCase("/en/%5Cevil.example/phish", "vi")]
    [TestCase("/en/%5C%5Cevil.example/phish", "vi")]
    [TestCase("/en///evil.example/phish", "vi")]
    [TestCase("//evil.example/phish", "en")]
    [TestCase("/%5Cevil.example/phish", "en")]
    [TestCase("/%2F%2Fevil.example/phish", "en")]
    public async Task Language_links_of_an_odd_path_stay_on_the_site(string path, string switchTo)
    {
        var page = await GetRawAsync(path);
        var switcher = page.Document.QuerySelector(".language-switch a")!;
        var href = switcher.GetAttribute("href")!;
        var alternates = page.Document.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")!).ToList();
        var site = new Uri("https://ocop.example.vn/some/page");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(switcher.GetAttribute("hreflang"), Is.EqualTo(switchTo));
            Assert.That(href, Does.StartWith("/"));
            Assert.That(href, Does.Not.StartWith("//"));
            Assert.That(href, Does.Not.Contain("\\"));
            Assert.That(new Uri(site, href).Host, Is.EqualTo("ocop.example.vn"), href);
            Assert.That(alternates.Select(a => new Uri(a).Host), Is.All.EqualTo(Site.Client.BaseAddress!.Host));
            Assert.That(alternates, Has.None.Contain("\\"));
        });
    }

    [Test]
    public async Task The_switcher_from_a_doubled_slash_English_path_leads_to_the_Vietnamese_path_with_one_slash()
    {
        var page = await GetRawAsync("/en//evil.example/phish");

        Assert.That(page.Document.QuerySelector(".language-switch a")?.GetAttribute("href"), Is.EqualTo("/evil.example/phish"));
    }

    [Test]
    public async Task The_switcher_from_a_backslash_path_falls_back_to_the_other_languages_home()
    {
        var english = await GetRawAsync("/en/%5Cevil.example/phish");
        var vietnamese = await GetRawAsync("/%5Cevil.example/phish");

        Assert.Multiple(() =>
        {
            Assert.That(english.Document.QuerySelector(".language-switch a")?.GetAttribute("href"), Is.EqualTo("/"));
            Assert.That(vietnamese.Document.QuerySelector(".language-switch a")?.GetAttribute("href"), Is.EqualTo("/en"));
        });
    }

    [Test]
    public async Task The_switcher_of_an_ordinary_page_keeps_its_item_and_query()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/san-pham?sao=4");

        Assert.That(page.Document.QuerySelector(".language-switch a")?.GetAttribute("href"), Is.EqualTo("/en/products?sao=4"));
    }
}
