using System.Net;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

/// <summary>The English site under /en: same pages and slugs, English text, links that stay in English.</summary>
public sealed class EnglishSiteTests
{
    private static SeededSite Site => SeededSite.Instance;

    private static IEnumerable<TestCaseData> Pairs()
    {
        var site = Site;
        yield return new TestCaseData("/", "/en");
        yield return new TestCaseData("/san-pham", "/en/products");
        yield return new TestCaseData("/san-pham/" + site.Valid.Slug, "/en/products/" + site.Valid.Slug);
        yield return new TestCaseData("/chu-the/" + site.Household.Slug, "/en/producers/" + site.Household.Slug);
        yield return new TestCaseData("/diem-ban", "/en/sales-points");
        yield return new TestCaseData("/diem-ban/" + site.Showroom.Slug, "/en/sales-points/" + site.Showroom.Slug);
        yield return new TestCaseData("/tim-kiem", "/en/search");
        yield return new TestCaseData("/trang/" + site.About.Slug, "/en/pages/" + site.About.Slug);
    }

    [TestCaseSource(nameof(Pairs))]
    public async Task English_page_answers_in_English_with_alternates_and_a_switcher_to_the_same_item(string vietnamese, string english)
    {
        var page = await HtmlPage.GetAsync(Site.Client, english);
        var document = page.Document;
        string? Alternate(string lang) => document.QuerySelector($"link[rel='alternate'][hreflang='{lang}']")?.GetAttribute("href");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
            Assert.That(new Uri(Alternate("vi")!).AbsolutePath, Is.EqualTo(vietnamese));
            Assert.That(new Uri(Alternate("en")!).AbsolutePath, Is.EqualTo(english));
            Assert.That(new Uri(Alternate("x-default")!).AbsolutePath, Is.EqualTo(vietnamese));
            Assert.That(document.QuerySelector(".language-switch a")?.GetAttribute("href"), Is.EqualTo(vietnamese));
            Assert.That(document.QuerySelector(".site-nav a")?.TextContent, Is.EqualTo("Products"));
        });
    }

    [TestCaseSource(nameof(Pairs))]
    public async Task Vietnamese_page_links_to_its_English_twin(string vietnamese, string english)
    {
        var page = await HtmlPage.GetAsync(Site.Client, vietnamese);

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("vi"));
            Assert.That(page.Document.QuerySelector(".language-switch a")?.GetAttribute("href"), Is.EqualTo(english));
            Assert.That(new Uri(page.Document.QuerySelector("link[rel='alternate'][hreflang='en']")!.GetAttribute("href")!).AbsolutePath, Is.EqualTo(english));
        });
    }

    [Test]
    public async Task Every_site_link_on_an_English_page_stays_on_the_English_site()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/en/products/" + Site.Valid.Slug);
        var siteLinks = page.Document.QuerySelectorAll("a[href^='/'], form[action^='/']")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
            .Where(href => !href.StartsWith("/img/", StringComparison.Ordinal))
            // Stamps (QR images) and the producers' print sheet are language-neutral, like the scan pages.
            .Where(href => !href.StartsWith("/qr/", StringComparison.Ordinal) && !href.StartsWith("/nhan-in/", StringComparison.Ordinal))
            .Except(["/san-pham/" + Site.Valid.Slug]) // the switcher, checked elsewhere
            .ToList();

        Assert.That(siteLinks.Where(href => href != "/en" && !href.StartsWith("/en/", StringComparison.Ordinal) && !href.StartsWith("/en?", StringComparison.Ordinal)), Is.Empty);
        Assert.That(siteLinks, Has.Some.StartsWith("/en/producers/"));
    }

    [Test]
    public async Task Switcher_keeps_the_filters_of_the_catalogue()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/en/products?nhom=2&sao=3");

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector(".language-switch a")?.GetAttribute("href"), Is.EqualTo("/san-pham?nhom=2&sao=3"));
            Assert.That(page.Document.QuerySelector("form.filters")?.GetAttribute("action"), Is.EqualTo("/en/products"));
        });
    }

    [Test]
    public async Task Scores_and_dates_follow_the_language()
    {
        var english = await HtmlPage.GetAsync(Site.Client, "/en/products/" + Site.Valid.Slug);
        var vietnamese = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + Site.Valid.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(english.MainText, Does.Contain("63.4 points").And.Contain("1 Dec 2023"));
            Assert.That(vietnamese.MainText, Does.Contain("63,4 điểm").And.Contain("01/12/2023"));
        });
    }

    [Test]
    public async Task Untranslated_story_is_shown_in_Vietnamese_marked_as_such()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/en/products/" + Site.Valid.Slug);
        var story = page.Document.QuerySelector(".story");

        Assert.Multiple(() =>
        {
            Assert.That(story?.GetAttribute("lang"), Is.EqualTo("vi"));
            Assert.That(story?.TextContent, Does.Contain("Câu chuyện thử nghiệm"));
            Assert.That(page.MainText, Does.Contain("Not yet translated — shown in Vietnamese"));
            Assert.That(page.Document.QuerySelector("h1")?.GetAttribute("lang"), Is.EqualTo("vi"), "the Vietnamese name inside an English page");
        });
    }

    [Test]
    public async Task Translated_fields_replace_the_Vietnamese_on_the_English_page_only()
    {
        var english = await HtmlPage.GetAsync(Site.Client, "/en/products/" + Site.Expiring.Slug);
        var vietnamese = await HtmlPage.GetAsync(Site.Client, "/san-pham/" + Site.Expiring.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(english.H1, Is.EqualTo("Canned baby corn"));
            Assert.That(english.Document.QuerySelector("h1")?.HasAttribute("lang"), Is.False);
            Assert.That(english.Document.QuerySelector(".lead")?.TextContent, Is.EqualTo("Young corn cobs picked early and canned whole."));
            Assert.That(english.Document.Title, Does.StartWith("Canned baby corn"));
            Assert.That(vietnamese.H1, Is.EqualTo("Bắp non đóng hộp"));
            Assert.That(vietnamese.MainText, Does.Not.Contain("Not yet translated"));
        });
    }

    [Test]
    public async Task Catalogue_cards_use_the_English_name_and_mark_untranslated_names_as_Vietnamese()
    {
        var english = await HtmlPage.GetAsync(Site.Client, "/en/products");
        var links = english.Document.QuerySelectorAll("article .card-title a").ToList();
        var translated = links.Single(a => a.GetAttribute("href") == "/en/products/" + Site.Expiring.Slug);
        var untranslated = links.Single(a => a.GetAttribute("href") == "/en/products/" + Site.Valid.Slug);
        var vietnamese = await HtmlPage.GetAsync(Site.Client, "/san-pham");

        Assert.Multiple(() =>
        {
            Assert.That(translated.TextContent.Trim(), Is.EqualTo("Canned baby corn"));
            Assert.That(translated.HasAttribute("lang"), Is.False);
            Assert.That(untranslated.TextContent.Trim(), Is.EqualTo(Site.Valid.Name));
            Assert.That(untranslated.GetAttribute("lang"), Is.EqualTo("vi"));
            Assert.That(vietnamese.Document.QuerySelectorAll("article .card-title a").Select(a => a.TextContent.Trim()),
                Does.Contain("Bắp non đóng hộp").And.Not.Contain("Canned baby corn"));
        });
    }

    [Test]
    public async Task Sales_point_directory_shows_English_names_where_translated()
    {
        var english = await HtmlPage.GetAsync(Site.Client, "/en/sales-points");
        var vietnamese = await HtmlPage.GetAsync(Site.Client, "/diem-ban");
        var titles = english.Document.QuerySelectorAll(".sales-point-list .card-title a").ToList();
        var translated = titles.Single(a => a.TextContent.Trim() == "Test market stall");
        var untranslated = titles.Single(a => a.TextContent.Trim() == Site.Showroom.Name);

        Assert.Multiple(() =>
        {
            Assert.That(translated.HasAttribute("lang"), Is.False);
            Assert.That(untranslated.GetAttribute("lang"), Is.EqualTo("vi"));
            Assert.That(vietnamese.Document.QuerySelectorAll(".sales-point-list .card-title a").Select(a => a.TextContent.Trim()),
                Does.Contain(Site.Stall.Name).And.Not.Contain("Test market stall"));
        });
    }

    [Test]
    public async Task Untranslated_sales_point_keeps_its_Vietnamese_name_marked_in_Vietnamese()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/en/sales-points/" + Site.Showroom.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(page.H1, Is.EqualTo(Site.Showroom.Name));
            Assert.That(page.Document.QuerySelector("h1")?.GetAttribute("lang"), Is.EqualTo("vi"));
            Assert.That(page.MainText, Does.Contain("OCOP showroom"));
        });
    }

    [Test]
    public async Task Content_page_without_English_shows_the_Vietnamese_marked_as_such()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/en/pages/" + Site.About.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector("h1")?.GetAttribute("lang"), Is.EqualTo("vi"));
            Assert.That(page.Document.QuerySelector(".story")?.GetAttribute("lang"), Is.EqualTo("vi"));
            Assert.That(page.MainText, Does.Contain("Not yet translated — shown in Vietnamese"));
        });
    }

    [TestCase("/en/products/no-such-product")]
    [TestCase("/en/producers/no-such-producer")]
    [TestCase("/en/sales-points/no-such-place")]
    [TestCase("/en/pages/no-such-page")]
    [TestCase("/en/no-such-section")]
    public async Task Unknown_English_address_answers_the_English_not_found_page(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
            Assert.That(page.H1, Is.EqualTo("Page not found"));
        });
    }

    [Test]
    public async Task Error_page_has_an_English_address_too()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/en/error/500");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(page.H1, Is.EqualTo("Something went wrong"));
        });
    }

    [Test]
    public async Task Language_comes_from_the_address_not_from_the_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/san-pham");
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var response = await Site.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("<html lang=\"vi\">"));
    }

    [Test]
    public async Task Scan_pages_stay_language_neutral()
    {
        using var response = await Site.Client.GetAsync("/en/01/09520000000000");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
