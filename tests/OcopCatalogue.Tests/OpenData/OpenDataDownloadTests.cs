using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.OpenData;

public sealed class OpenDataDownloadTests
{
    private static SeededSite Site => SeededSite.Instance;

    private static IEnumerable<string> PublishedProductSlugs =>
        new[] { Site.Valid, Site.Expiring, Site.Proposed, Site.ExpiredUndated, Site.ExpiredWithProposal, Site.DateNotPublished, Site.Revoked, Site.Unrated, Site.FiveStars, Site.OfDraftProducer, Site.Hostile }
            .Select(p => p.Slug);

    [Test]
    public async Task Products_csv_is_utf8_with_a_byte_order_mark_and_holds_every_published_product_and_no_draft()
    {
        using var response = await Site.Client.GetAsync(new Uri("/du-lieu-mo/san-pham.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = ReadCsv(bytes);
        var slugs = rows.Skip(1).Select(r => r[0]).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("san-pham.csv"));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(rows[0].Take(3), Is.EqualTo(new[] { "slug", "url", "name" }));
            Assert.That(slugs, Is.EquivalentTo(PublishedProductSlugs));
            Assert.That(slugs, Does.Not.Contain(Site.Draft.Slug));
            Assert.That(rows.Single(r => r[0] == Site.Valid.Slug)[2], Is.EqualTo("Trà Xạ đen"));
        });
    }

    [Test]
    public async Task Products_json_parses_names_the_licence_and_holds_every_published_product()
    {
        var json = await Site.Client.GetStringAsync(new Uri("/du-lieu-mo/san-pham.json", UriKind.Relative));
        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();
        var valid = items.Single(i => i.GetProperty("slug").GetString() == Site.Valid.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(document.RootElement.GetProperty("licence").GetProperty("name").GetString(), Is.EqualTo("CC BY 4.0"));
            Assert.That(document.RootElement.GetProperty("licence").GetProperty("url").GetString(), Is.EqualTo("https://creativecommons.org/licenses/by/4.0/"));
            Assert.That(items.Select(i => i.GetProperty("slug").GetString()), Is.EquivalentTo(PublishedProductSlugs));
            Assert.That(valid.GetProperty("stars").GetInt32(), Is.EqualTo(3));
            Assert.That(valid.GetProperty("score").GetDecimal(), Is.EqualTo(63.4m));
            Assert.That(valid.GetProperty("decision_date").GetString(), Is.EqualTo("2023-12-01"));
            Assert.That(valid.GetProperty("valid_through").GetString(), Is.EqualTo("2026-11-30"));
            Assert.That(valid.GetProperty("status").GetString(), Is.EqualTo("con-hieu-luc"));
            Assert.That(valid.GetProperty("url").GetString(), Does.EndWith($"/san-pham/{Site.Valid.Slug}"));
        });
    }

    [Test]
    public async Task Products_xlsx_opens_with_its_headings_and_every_published_product()
    {
        var bytes = await Site.Client.GetByteArrayAsync(new Uri("/du-lieu-mo/san-pham.xlsx", UriKind.Relative));
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Keys.Take(3), Is.EqualTo(new[] { "slug", "url", "name" }));
            Assert.That(rows.Select(r => r["slug"]?.ToString()), Is.EquivalentTo(PublishedProductSlugs));
        });
    }

    [TestCase("csv")]
    [TestCase("json")]
    [TestCase("xlsx")]
    public async Task Producers_and_sales_points_leave_out_unpublished_ones_in_every_format(string format)
    {
        var producers = await SlugsAsync($"/du-lieu-mo/chu-the.{format}", format);
        var points = await SlugsAsync($"/du-lieu-mo/diem-ban.{format}", format);

        Assert.Multiple(() =>
        {
            Assert.That(producers, Is.EquivalentTo(new[] { Site.Company.Slug, Site.Household.Slug, Site.Cooperative.Slug }));
            Assert.That(points, Is.EquivalentTo(new[] { Site.Showroom.Slug, Site.Stall.Slug }));
        });
    }

    [Test]
    public async Task Sales_points_name_only_published_products_they_stock()
    {
        var json = await Site.Client.GetStringAsync(new Uri("/du-lieu-mo/diem-ban.json", UriKind.Relative));
        using var document = JsonDocument.Parse(json);
        var showroom = document.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == Site.Showroom.Slug);

        Assert.That(showroom.GetProperty("product_slugs").GetString()!.Split(';'), Is.EquivalentTo(new[] { Site.Valid.Slug, Site.Expiring.Slug }));
    }

    [Test]
    public async Task Certificates_give_history_with_the_catalogue_status_and_nothing_staff_only()
    {
        using var response = await Site.Client.GetAsync(new Uri("/du-lieu-mo/chung-nhan.csv", UriKind.Relative));
        var rows = ReadCsv(await response.Content.ReadAsByteArrayAsync());
        var header = rows[0];
        var status = Array.IndexOf(header, "status");
        var products = rows.Skip(1).Select(r => r[0]).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(header, Does.Not.Contain("decision_scan").And.Not.Contain("note"));
            Assert.That(products, Does.Not.Contain(Site.Draft.Slug));
            Assert.That(rows.Where(r => r[0] == Site.Revoked.Slug).Select(r => r[status]), Does.Contain("bi-thu-hoi"));
            Assert.That(rows.Where(r => r[0] == Site.ExpiredWithProposal.Slug).Select(r => r[status]), Is.EqualTo(new[] { "het-han", "de-xuat" }));
        });
    }

    [Test]
    public async Task A_client_with_the_current_etag_gets_304_and_with_an_old_one_the_file()
    {
        using var first = await Site.Client.GetAsync(new Uri("/du-lieu-mo/san-pham.json", UriKind.Relative));
        var etag = first.Headers.ETag;

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/du-lieu-mo/san-pham.json", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag!);
        using var notModified = await Site.Client.SendAsync(again);

        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri("/du-lieu-mo/san-pham.json", UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\"", isWeak: true));
        using var changed = await Site.Client.SendAsync(stale);

        Assert.Multiple(async () =>
        {
            Assert.That(etag, Is.Not.Null);
            Assert.That(first.Content.Headers.LastModified, Is.Not.Null);
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await notModified.Content.ReadAsByteArrayAsync(), Is.Empty);
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task If_modified_since_the_last_publish_gets_304_and_before_it_the_file()
    {
        using var first = await Site.Client.GetAsync(new Uri("/du-lieu-mo/chu-the.csv", UriKind.Relative));
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var since = new HttpRequestMessage(HttpMethod.Get, new Uri("/du-lieu-mo/chu-the.csv", UriKind.Relative));
        since.Headers.IfModifiedSince = lastModified;
        using var notModified = await Site.Client.SendAsync(since);

        using var before = new HttpRequestMessage(HttpMethod.Get, new Uri("/du-lieu-mo/chu-the.csv", UriKind.Relative));
        before.Headers.IfModifiedSince = lastModified.AddSeconds(-1);
        using var changed = await Site.Client.SendAsync(before);

        Assert.Multiple(() =>
        {
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [TestCase("/du-lieu-mo/san-pham.exe")]
    [TestCase("/du-lieu-mo/bi-mat.csv")]
    [TestCase("/du-lieu-mo/..%2Fsan-pham.csv")]
    [TestCase("/du-lieu-mo/san-pham")]
    public async Task An_unknown_file_gets_the_friendly_404(string url)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.H1, Is.EqualTo("Không tìm thấy trang"));
        });
    }

    private static async Task<List<string?>> SlugsAsync(string url, string format)
    {
        var bytes = await Site.Client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        switch (format)
        {
            case "csv":
                return ReadCsv(bytes).Skip(1).Select(r => (string?)r[0]).ToList();
            case "json":
                using (var document = JsonDocument.Parse(bytes))
                {
                    return document.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
                }

            default:
                using (var stream = new MemoryStream(bytes))
                {
                    return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["slug"]?.ToString()).ToList();
                }
        }
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default with { HasHeader = false });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        return rows;
    }
}
