using System.Net;
using System.Text.Json;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.SalesPoints;

/// <summary>The directory and sales point pages with schedules and coordinates, on Sunday 15/06/2025 at 10:00 in Vietnam.</summary>
public sealed class SalesPointDirectoryTests
{
    // 03:00 UTC: the server's own day and clock must not matter, only Vietnam's.
    private static readonly DateTimeOffset SundayMorning = new(2025, 6, 15, 3, 0, 0, TimeSpan.Zero);

    private string _emptyUSync = "";
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;
    private SalesPointFixtures _points = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-empty-").FullName;
        _factory = new OcopWebFactory(_emptyUSync, new FakeClock(SundayMorning));
        _client = _factory.CreateClient();
        _points = await SalesPointFixtures.SeedAsync(_factory);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    private async Task<List<string>> NamesAsync(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), url);
        return page.Document.QuerySelectorAll("#sales-point-list h3 a").Select(a => a.TextContent).ToList();
    }

    [Test]
    public async Task Directory_lists_every_point_with_its_open_now_text()
    {
        var page = await HtmlPage.GetAsync(_client, "/diem-ban");
        var status = page.Document.QuerySelectorAll("#sales-point-list li")
            .ToDictionary(li => li.QuerySelector("h3")!.TextContent, li => li.QuerySelector(".opening")!.TextContent);

        Assert.Multiple(() =>
        {
            Assert.That(status[_points.LongXuyen.Name], Is.EqualTo("Đã đóng cửa · mở lại 07:30 thứ Hai"));
            Assert.That(status[_points.ChauDoc.Name], Is.EqualTo("Đang mở cửa · đóng cửa lúc 18:00"));
            Assert.That(status[_points.TanChau.Name], Is.EqualTo("Đã đóng cửa · mở lại lúc 18:00 hôm nay"));
            Assert.That(status[_points.ChoMoi.Name], Is.EqualTo("Giờ mở cửa: chưa công bố"));
        });
    }

    [TestCase("/diem-ban?loai=cua-hang", new[] { "Cửa hàng thử Châu Đốc" })]
    [TestCase("/diem-ban?dia-phuong=thi-xa-tan-chau", new[] { "Chợ đêm thử Tân Châu" })]
    [TestCase("/diem-ban?nhom=2", new[] { "Cửa hàng thử Châu Đốc", "Hội chợ thử Chợ Mới" })]
    [TestCase("/diem-ban?san-pham=banh-pia-thu-nghiem", new[] { "Chợ đêm thử Tân Châu", "Điểm bán thử Long Xuyên" })]
    [TestCase("/diem-ban?san-pham=banh-pia-thu-nghiem&loai=diem-gioi-thieu", new[] { "Điểm bán thử Long Xuyên" })]
    [TestCase("/diem-ban?nhom=1&loai=hoi-cho", new string[0])]
    public async Task Filters_narrow_the_list(string url, string[] expected)
    {
        Assert.That(await NamesAsync(url), Is.EquivalentTo(expected));
    }

    [TestCase("/diem-ban?loai=%3Cscript%3E&nhom=abc&dia-phuong=khong-co&san-pham=--&gan=x%20y")]
    [TestCase("/diem-ban?nhom=99&nhom=1&gan=huyen-cho-moi")]
    public async Task Malformed_or_unknown_choices_give_the_whole_list(string url)
    {
        Assert.That(await NamesAsync(url), Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_chosen_locality_sorts_nearest_first_with_distances_and_unlocated_points_last()
    {
        var page = await HtmlPage.GetAsync(_client, "/diem-ban?gan=thanh-pho-chau-doc");
        var items = page.Document.QuerySelectorAll("#sales-point-list li").ToList();
        var centres = page.Document.QuerySelectorAll("#f-gan option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(li => li.QuerySelector("h3")!.TextContent),
                Is.EqualTo(new[] { _points.ChauDoc.Name, _points.TanChau.Name, _points.LongXuyen.Name, _points.ChoMoi.Name }));
            Assert.That(items[0].QuerySelector(".distance")?.TextContent, Is.EqualTo("Cách 0,0 km"));
            Assert.That(items[1].QuerySelector(".distance")?.TextContent, Does.Match(@"^Cách 1[5-9],\d km$"));
            Assert.That(items[3].QuerySelector(".distance"), Is.Null, "no coordinates, no distance");
            Assert.That(centres, Does.Contain("thanh-pho-long-xuyen").And.Not.Contain("huyen-cho-moi"), "only localities with known coordinates");
        });
    }

    [Test]
    public async Task Sales_point_page_shows_status_weekly_table_exceptions_and_fresh_verification()
    {
        var page = await HtmlPage.GetAsync(_client, "/diem-ban/" + _points.LongXuyen.Slug);
        var rows = page.Document.QuerySelectorAll("table.hours tbody tr")
            .Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelector("td")!.TextContent)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Document.QuerySelector("#open-now")?.TextContent, Is.EqualTo("Đã đóng cửa · mở lại 07:30 thứ Hai"));
            Assert.That(rows, Has.Count.EqualTo(7));
            Assert.That(rows[0], Is.EqualTo(("Thứ Hai", "07:30–17:00")));
            Assert.That(rows[6], Is.EqualTo(("Chủ nhật", "Đóng cửa")));
            Assert.That(page.Document.QuerySelector(".hours-exceptions")?.TextContent, Does.Contain("15/02/2026 – 20/02/2026: Đóng cửa · Nghỉ Tết thử nghiệm"));
            Assert.That(page.Document.QuerySelector("#last-verified")?.TextContent, Does.Contain("Thông tin xác minh lần cuối: 01/05/2025"));
            Assert.That(page.Document.QuerySelector("#last-verified .caution"), Is.Null);
            Assert.That(page.MainText, Does.Contain("Bánh pía thử nghiệm"));
        });
    }

    [TestCase(nameof(SalesPointFixtures.ChauDoc), "10/01/2023")]
    [TestCase(nameof(SalesPointFixtures.TanChau), "chưa xác minh")]
    public async Task Verification_older_than_a_year_or_unknown_shows_a_caution(string which, string shown)
    {
        var point = which == nameof(SalesPointFixtures.ChauDoc) ? _points.ChauDoc : _points.TanChau;
        var page = await HtmlPage.GetAsync(_client, "/diem-ban/" + point.Slug);
        var verified = page.Document.QuerySelector("#last-verified");

        Assert.Multiple(() =>
        {
            Assert.That(verified?.TextContent, Does.Contain("Thông tin xác minh lần cuối: " + shown));
            Assert.That(verified?.QuerySelector(".caution")?.TextContent, Does.Contain("hãy gọi điện hỏi trước khi đến"));
        });
    }

    [Test]
    public async Task Directions_are_built_from_coordinates_and_absent_without_them()
    {
        var located = await HtmlPage.GetAsync(_client, "/diem-ban/" + _points.ChauDoc.Slug);
        var unlocated = await HtmlPage.GetAsync(_client, "/diem-ban/" + _points.ChoMoi.Slug);

        Assert.Multiple(() =>
        {
            Assert.That(located.Document.QuerySelector("a.directions-osm")?.GetAttribute("href"),
                Is.EqualTo("https://www.openstreetmap.org/directions?to=10.701%2C105.117"));
            Assert.That(located.Document.QuerySelector("a.directions-google")?.GetAttribute("href"),
                Is.EqualTo("https://www.google.com/maps/dir/?api=1&destination=10.701%2C105.117"));
            Assert.That(unlocated.Document.QuerySelector("a.directions-osm, a.directions-google"), Is.Null);
            Assert.That(unlocated.Document.QuerySelector("#open-now"), Is.Null);
            Assert.That(unlocated.MainText, Does.Contain("Chưa công bố"));
        });
    }

    [Test]
    public async Task Json_ld_describes_a_store_with_opening_hours_and_geo()
    {
        var page = await HtmlPage.GetAsync(_client, "/diem-ban/" + _points.LongXuyen.Slug);
        var script = page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        var root = json.RootElement;
        var hours = root.GetProperty("openingHoursSpecification").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("@type").GetString(), Is.EqualTo("Store"));
            Assert.That(root.GetProperty("geo").GetProperty("latitude").GetDouble(), Is.EqualTo(10.386));
            Assert.That(root.GetProperty("telephone").GetString(), Is.EqualTo("0296 000 0000"));
            Assert.That(hours, Has.Count.EqualTo(7), "six weekdays and the Tết closure");
            Assert.That(hours[0].GetProperty("dayOfWeek").GetString(), Is.EqualTo("https://schema.org/Monday"));
            Assert.That(hours[0].GetProperty("opens").GetString(), Is.EqualTo("07:30"));
            Assert.That(hours[6].GetProperty("validFrom").GetString(), Is.EqualTo("2026-02-15"));
            Assert.That(hours[6].GetProperty("closes").GetString(), Is.EqualTo("00:00"));
        });
    }

    [Test]
    public async Task Json_ld_of_a_point_without_coordinates_or_hours_has_neither()
    {
        var page = await HtmlPage.GetAsync(_client, "/diem-ban/" + _points.ChoMoi.Slug);
        using var json = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("@type").GetString(), Is.EqualTo("LocalBusiness"));
            Assert.That(json.RootElement.TryGetProperty("geo", out _), Is.False);
            Assert.That(json.RootElement.TryGetProperty("openingHoursSpecification", out _), Is.False);
        });
    }

    [Test]
    public async Task Product_page_lists_where_to_buy_nearest_first_once_a_locality_is_chosen()
    {
        var byName = await HtmlPage.GetAsync(_client, "/san-pham/" + _points.Cake.Slug);
        var near = await HtmlPage.GetAsync(_client, "/san-pham/" + _points.Cake.Slug + "?gan=thanh-pho-chau-doc");

        Assert.Multiple(() =>
        {
            Assert.That(byName.Document.QuerySelectorAll(".where-to-buy a").Select(a => a.TextContent),
                Is.EqualTo(new[] { _points.TanChau.Name, _points.LongXuyen.Name }));
            Assert.That(near.Document.QuerySelectorAll(".where-to-buy a").Select(a => a.TextContent),
                Is.EqualTo(new[] { _points.TanChau.Name, _points.LongXuyen.Name }));
            Assert.That(near.Document.QuerySelector(".where-to-buy")?.TextContent, Does.Contain("Cách"));
        });
    }

    [Test]
    public async Task Product_page_sort_from_the_other_end_reverses_the_order()
    {
        var near = await HtmlPage.GetAsync(_client, "/san-pham/" + _points.Cake.Slug + "?gan=thanh-pho-long-xuyen");

        Assert.That(near.Document.QuerySelectorAll(".where-to-buy a").Select(a => a.TextContent),
            Is.EqualTo(new[] { _points.LongXuyen.Name, _points.TanChau.Name }));
    }
}
