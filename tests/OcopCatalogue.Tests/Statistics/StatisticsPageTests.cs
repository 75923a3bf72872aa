using System.Net;
using System.Text.RegularExpressions;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Statistics;

public sealed partial class StatisticsPageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [TestCase("/thong-ke", "/san-pham")]
    [TestCase("/en/statistics", "/en/products")]
    public async Task Every_number_equals_the_catalogue_count_it_links_to(string statistics, string catalogue)
    {
        var page = await HtmlPage.GetAsync(Site.Client, statistics);
        var links = page.Document.QuerySelectorAll("main a.stat-count").ToList();

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(links, Has.Count.GreaterThan(20));
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.That(href, Does.StartWith(catalogue));
            var listed = await HtmlPage.GetAsync(Site.Client, href);
            var shown = Count(listed.Document.QuerySelector("#results-title")?.TextContent ?? "");
            Assert.That(Count(link.TextContent), Is.EqualTo(shown), $"{link.TextContent} links to {href}, which lists {shown}");
        }
    }

    [Test]
    public async Task Decisions_without_a_published_date_count_as_not_published_and_link_to_that_filter()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/thong-ke");
        var row = page.Document.QuerySelectorAll("#theo-nam-quyet-dinh ~ .chart-pair tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Chưa công bố ngày quyết định");
        var years = page.Document.QuerySelectorAll("#theo-nam-quyet-dinh ~ .chart-pair tbody th").Select(th => th.TextContent).ToList();

        Assert.Multiple(() =>
        {
            // The undated certificate and the one published as expired without dates.
            Assert.That(row.QuerySelector("a")!.TextContent, Is.EqualTo("2"));
            Assert.That(row.QuerySelector("a")!.GetAttribute("href"), Does.Contain("nam-quyet-dinh=chua-cong-bo"));
            Assert.That(years, Is.EqualTo(new[] { "2021", "2022", "2023", "2024", "Chưa công bố ngày quyết định" }));
        });
    }

    [Test]
    public async Task Certificates_running_out_are_counted_per_month_for_the_next_six_months()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/thong-ke");
        var rows = page.Document.QuerySelectorAll("#sap-het-han ~ .chart-pair tbody tr")
            .Select(r => (Month: r.QuerySelector("th")!.TextContent, Count: r.QuerySelector("a")!.TextContent))
            .ToList();
        var total = page.Document.QuerySelector("#sap-het-han ~ .chart-pair tfoot a");

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Month), Is.EqualTo(new[] { "06/2025", "07/2025", "08/2025", "09/2025", "10/2025", "11/2025" }));
            // Decided 01/08/2022: valid through 31/07/2025.
            Assert.That(rows[1].Count, Is.EqualTo("1"));
            Assert.That(total?.TextContent, Is.EqualTo("1"));
            Assert.That(total?.GetAttribute("href"), Is.EqualTo("/san-pham?het-han=6-thang"));
        });
    }

    [Test]
    public async Task Each_chart_is_an_accessible_svg_image_that_scales_with_its_viewbox()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/thong-ke");
        var charts = page.Document.QuerySelectorAll("svg.bar-chart").ToList();

        Assert.That(charts, Has.Count.EqualTo(6));
        Assert.Multiple(() =>
        {
            foreach (var svg in charts)
            {
                var titleId = svg.GetAttribute("aria-labelledby");
                Assert.That(svg.GetAttribute("role"), Is.EqualTo("img"));
                Assert.That(svg.GetAttribute("viewBox"), Does.Match(@"^0 0 400 \d+$"));
                Assert.That(svg.GetAttribute("width"), Is.EqualTo("100%"));
                Assert.That(svg.QuerySelector("title")?.Id, Is.EqualTo(titleId));
                Assert.That(svg.QuerySelector("title")?.TextContent, Is.Not.Empty);
                Assert.That(svg.QuerySelectorAll("rect"), Is.Not.Empty);
            }

            Assert.That(page.Document.QuerySelectorAll("script:not([src*='/js/search-suggest'])"), Is.Empty);
        });
    }

    [Test]
    public async Task Stars_chart_draws_one_bar_per_rating_with_the_same_numbers_as_its_table()
    {
        var page = await HtmlPage.GetAsync(Site.Client, "/thong-ke");
        var svg = page.Document.QuerySelector("#theo-hang-sao ~ .chart-pair svg")!;
        var drawn = svg.QuerySelectorAll("g").Select(g => g.QuerySelectorAll("text")[^1].TextContent).ToList();
        var tabled = page.Document.QuerySelectorAll("#theo-hang-sao ~ .chart-pair tbody a").Select(a => a.TextContent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(drawn, Is.EqualTo(tabled));
            // 5★: the five-star product; 4★: the expiring one; 3★: valid, expired undated, expired with proposal, undated, hostile.
            Assert.That(tabled, Is.EqualTo(new[] { "1", "1", "5" }));
        });
    }

    [Test]
    public async Task Footer_links_to_statistics_and_open_data_in_the_page_language()
    {
        var vi = await HtmlPage.GetAsync(Site.Client, "/");
        var en = await HtmlPage.GetAsync(Site.Client, "/en");

        Assert.Multiple(() =>
        {
            Assert.That(vi.Document.QuerySelector("footer a[href='/thong-ke']")?.TextContent, Is.EqualTo("Thống kê"));
            Assert.That(vi.Document.QuerySelector("footer a[href='/du-lieu-mo']")?.TextContent, Is.EqualTo("Dữ liệu mở"));
            Assert.That(en.Document.QuerySelector("footer a[href='/en/statistics']")?.TextContent, Is.EqualTo("Statistics"));
            Assert.That(en.Document.QuerySelector("footer a[href='/en/open-data']")?.TextContent, Is.EqualTo("Open data"));
        });
    }

    private static int Count(string text) => int.Parse(Digits().Replace(text, ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();
}
