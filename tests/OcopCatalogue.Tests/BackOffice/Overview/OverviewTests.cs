using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Products;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.BackOffice.Overview;

/// <summary>
/// The back office's overview on a copy of the repository's content, with a clock standing still and, seeded around
/// the sample batch XD2025-07's producer and others: versions in review and scheduled, certificates expiring and
/// lapsed, fake reports new and old, an over-scanned batch and scans on chosen days.
/// </summary>
public sealed class OverviewTests
{
    private static readonly DateOnly Today = new(2027, 3, 10);

    private USyncCopy _usync = null!;
    private OcopWebFactory _factory = null!;
    private FakeClock _clock = null!;
    private TraceBatch _xaDen = null!;
    private TraceBatch _thotNot = null!;
    private Guid _producer;
    private Guid _emptyProducer;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _usync = USyncCopy.OfRepository();
        _clock = FakeClock.OnVietnamDay(Today);
        _factory = new OcopWebFactory(_usync.Path, _clock);
        _xaDen = await _factory.BatchAsync("XD2025-07");
        _thotNot = await _factory.BatchAsync("TN2025-03");
        _producer = (await _factory.ProductAsync(_xaDen.ProductId)).ProducerId!.Value;

        await SaveVersionAsync("tra-xa-den", review: true);
        await SaveVersionAsync("siro-atiso-do", review: true);
        await SaveVersionAsync("bap-non-dong-hop", review: false, schedule: true);

        var other = ContentSeed.Producer("Công ty Thử nghiệm Tổng quan");
        var empty = ContentSeed.Producer("Hợp tác xã Thử nghiệm Không việc");
        _emptyProducer = empty.Id;
        await _factory.SaveAsync(
            other,
            empty,
            Certified("Mứt thử sắp hết hạn", _producer, ContentSeed.Rated(75m, Today.AddDays(30).AddMonths(-Certificate.ValidityMonths), "TEST-1/QĐ-UBND")),
            Certified("Trà thử đã hết hạn", _producer, ContentSeed.Rated(75m, Today.AddDays(-10).AddMonths(-Certificate.ValidityMonths), "TEST-2/QĐ-UBND")),
            Certified("Bánh thử sắp hết hạn", other.Id, ContentSeed.Rated(80m, Today.AddDays(60).AddMonths(-Certificate.ValidityMonths), "TEST-3/QĐ-UBND")),
            Certified("Nước thử bị thu hồi", other.Id, ContentSeed.Revoked(80m, Today.AddYears(-1), Today.AddDays(-5))));

        // One at a time, oldest first: ids grow with time, as when shoppers send them.
        var now = _clock.GetUtcNow();
        await _factory.SaveAsync(Report(_xaDen, now.AddDays(-10), "Báo cáo cũ"));
        await _factory.SaveAsync(Report(_thotNot, now.AddDays(-3), "Báo cáo mới ba"));
        await _factory.SaveAsync(Report(_xaDen, now.AddDays(-2), "Báo cáo mới hai"));
        await _factory.SaveAsync(Report(_xaDen, now.AddDays(-1), "Báo cáo mới một"));

        // XD2025-07 scanned more often today than packs were made: a suspicious batch, and today's column.
        await _factory.SaveAsync([
            .. Scans(_xaDen, _xaDen.QuantityProduced!.Value + 1, VietnamAt(Today, 8)),
            .. Scans(_xaDen, 2, VietnamAt(Today.AddDays(-3), 23)),
            .. Scans(_thotNot, 4, VietnamAt(Today.AddDays(-3), 0)),
            .. Scans(_thotNot, 1, VietnamAt(Today.AddDays(-89), 6)),
            .. Scans(_thotNot, 3, VietnamAt(Today.AddDays(-90), 23)),
        ]);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _usync.Dispose();
    }

    private static Product Certified(string name, Guid producer, Certificate certificate)
    {
        var product = ContentSeed.Product(name, null, OcopGroup.Food, certificate);
        product.ProducerId = producer;
        return product;
    }

    private static FakeReport Report(TraceBatch batch, DateTimeOffset at, string what) => new()
    {
        ProductId = batch.ProductId,
        BatchId = batch.Id,
        ReportedAt = at,
        WhatIsWrong = what,
        WhereBought = "Chợ thử nghiệm",
        NetworkKey = "test",
    };

    private static DateTimeOffset VietnamAt(DateOnly day, int hour) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 30)), TimeSpan.FromHours(7)).ToUniversalTime();

    private static IEnumerable<ScanRecord> Scans(TraceBatch batch, int count, DateTimeOffset at) =>
        Enumerable.Range(0, count).Select(i => new ScanRecord { BatchId = batch.Id, ScannedAt = at, NetworkKey = $"n{i % 3}", Family = UserAgentFamily.Android });

    /// <summary>A new version of the product: sent for review by a writer, or saved by an editor and scheduled for tomorrow.</summary>
    private async Task SaveVersionAsync(string slug, bool review, bool schedule = false)
    {
        var id = await _factory.ProductIdAsync(slug);
        await using var scope = _factory.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<EditorialWorkflow>();
        var products = scope.ServiceProvider.GetRequiredService<ProductContent>();
        var entry = await workflow.Queries.FindAsync(StaffPrincipal.For(StaffRoles.Administrator), ContentItemType.Product, id);
        var snapshot = products.Write(products.Read(entry!.WorkingSnapshot) with { ShortDescription = "Mô tả thử nghiệm của tổng quan." });
        var who = StaffPrincipal.For(review ? StaffRoles.Writer : StaffRoles.Editor);
        var saved = await workflow.Drafts.SaveAsync(who, ContentItemType.Product, id, snapshot, sendForReview: review);
        Assert.That(saved.Outcome, Is.EqualTo(WorkflowOutcome.Done));
        if (schedule)
        {
            var scheduled = await workflow.Schedules.ScheduleAsync(who, ContentItemType.Product, id, saved.Version!.Value, _clock.GetUtcNow().AddDays(1), null);
            Assert.That(scheduled.Outcome, Is.EqualTo(WorkflowOutcome.Done));
        }
    }

    private static Dictionary<string, int> Counts(HtmlPage page) =>
        page.Document.QuerySelectorAll(".bo-attention li[data-attention]")
            .ToDictionary(li => li.GetAttribute("data-attention")!, li => int.Parse(li.GetAttribute("data-count")!, CultureInfo.InvariantCulture));

    /// <summary>The rows of each list the overview's counts link to, by the table that holds them.</summary>
    private static readonly Dictionary<string, string> ListRows = new()
    {
        ["review"] = "#review-queue tbody tr",
        ["scheduled"] = "#scheduled-publishes tbody tr",
        ["expiring"] = "#certificates tbody tr",
        ["mark-off"] = "#certificates tbody tr",
        ["fake-reports"] = "#fake-reports tbody tr",
        ["suspicious"] = "#suspicious-batches tbody tr",
    };

    /// <summary>Every row the list at <paramref name="url"/> shows, following its pages.</summary>
    private static async Task<List<IElement>> RowsAsync(HttpClient client, string url, string rows)
    {
        var found = new List<IElement>();
        var seen = new HashSet<string>();
        for (var next = url; next is not null && seen.Add(next);)
        {
            var page = await HtmlPage.GetAsync(client, next);
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), next);
            found.AddRange(page.Document.QuerySelectorAll(rows));
            next = page.Document.QuerySelector("a[rel=next]")?.GetAttribute("href") is { } href
                ? new Uri(new Uri("http://site" + next), href).PathAndQuery
                : null;
        }

        return found;
    }

    /// <summary>The numbers of the chart's table, by day, with the total of its foot.</summary>
    private static (Dictionary<string, int> Days, int Total) ChartTable(HtmlPage page, string chart)
    {
        var table = page.Document.QuerySelector($"section[aria-labelledby={chart}] table")!;
        static int Number(string text) => int.Parse(HtmlPage.Collapse(text).Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return (
            table.QuerySelectorAll("tbody tr").ToDictionary(tr => HtmlPage.Collapse(tr.QuerySelector("th")!.TextContent), tr => Number(tr.QuerySelector("td")!.TextContent)),
            Number(table.QuerySelector("tfoot td")!.TextContent));
    }

    private static Dictionary<string, int> Expected(Dictionary<DateOnly, int> scans) =>
        Enumerable.Range(0, 90).Select(i => Today.AddDays(i - 89))
            .ToDictionary(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), d => scans.GetValueOrDefault(d));

    [TestCase(StaffRoles.Editor, false)]
    [TestCase(StaffRoles.Administrator, false)]
    [TestCase(StaffRoles.Writer, false)]
    [TestCase(StaffRoles.Writer, true)]
    public async Task Each_count_equals_the_items_the_list_it_links_to_shows(string role, bool limited)
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, role, limited ? [_producer] : null);
        var overview = await HtmlPage.GetAsync(session.Client, "/backoffice");
        var counts = Counts(overview);

        Assert.That(counts.Keys, Is.EquivalentTo(ListRows.Keys));
        foreach (var (key, count) in counts)
        {
            var item = overview.Document.QuerySelector($"li[data-attention={key}]")!;
            var list = item.GetAttribute("data-list")!;
            var rows = await RowsAsync(session.Client, list, ListRows[key]);
            Assert.That(rows, Has.Count.EqualTo(count), $"{key} → {list}");
            Assert.That(item.QuerySelector("a")?.GetAttribute("href"), count > 0 ? Is.EqualTo(list) : Is.Null, key);
            Assert.That(HtmlPage.Collapse(item.TextContent), Does.StartWith(count.ToString(CultureInfo.InvariantCulture) + " "));
            if (!limited)
            {
                Assert.That(count, Is.GreaterThan(0), $"{key}: the seeds give every count something to show");
            }
        }
    }

    [Test]
    public async Task A_writer_limited_to_a_producer_counts_only_its_items()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, [_producer]);

        var all = await HtmlPage.GetAsync(editor.Client, "/backoffice");
        var limited = await HtmlPage.GetAsync(writer.Client, "/backoffice");
        var everyone = Counts(all);
        var mine = Counts(limited);
        var marks = await RowsAsync(writer.Client, "/backoffice/chung-nhan/tat-ca?go-nhan=1", "#certificates tbody tr");

        Assert.Multiple(() =>
        {
            Assert.That(mine["review"], Is.EqualTo(1), "tra-xa-den, not siro-atiso-do of another producer");
            Assert.That(everyone["review"], Is.EqualTo(2));
            Assert.That(mine["scheduled"], Is.Zero);
            Assert.That(everyone["scheduled"], Is.EqualTo(1));
            Assert.That(mine["fake-reports"], Is.EqualTo(2), "the 10-day-old report is not new, the one about TN2025-03 is another producer's");
            Assert.That(everyone["fake-reports"], Is.EqualTo(3));
            Assert.That(mine["suspicious"], Is.EqualTo(1));
            Assert.That(mine["expiring"], Is.LessThan(everyone["expiring"]));
            Assert.That(mine["mark-off"], Is.LessThan(everyone["mark-off"]));
            Assert.That(marks.Select(r => HtmlPage.Collapse(r.TextContent)), Has.Some.Contains("Trà thử đã hết hạn").And.None.Contains("Nước thử bị thu hồi"));
            Assert.That(limited.Document.QuerySelector("#overview-scope")?.TextContent, Does.Contain("Số liệu"));
            Assert.That(all.Document.QuerySelector("#overview-scope"), Is.Null);
            Assert.That(limited.Document.QuerySelector("li[data-attention=review]")!.TextContent, Does.Contain("chờ biên tập viên duyệt"));
            Assert.That(all.Document.QuerySelector("li[data-attention=review]")!.TextContent, Does.Contain("chờ bạn duyệt"));
        });
    }

    [Test]
    public async Task Zero_counts_are_shown_as_zero_without_a_link()
    {
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, [_emptyProducer]);

        var page = await HtmlPage.GetAsync(writer.Client, "/backoffice");
        var (days, total) = ChartTable(page, "luot-quet");

        Assert.Multiple(() =>
        {
            Assert.That(Counts(page).Values, Is.All.Zero);
            Assert.That(page.Document.QuerySelectorAll(".bo-attention li.is-calm"), Has.Length.EqualTo(6));
            Assert.That(page.Document.QuerySelectorAll(".bo-attention a"), Is.Empty);
            Assert.That(days.Values, Has.Count.EqualTo(90).And.All.Zero);
            Assert.That(total, Is.Zero);
            Assert.That(page.Document.QuerySelectorAll("section[aria-labelledby=luot-quet] svg rect"), Is.Empty);
        });
    }

    [Test]
    public async Task The_chart_and_its_table_give_every_days_scans_of_the_last_90_days_including_days_without_any()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, [_producer]);

        var all = await HtmlPage.GetAsync(editor.Client, "/backoffice");
        var limited = await HtmlPage.GetAsync(writer.Client, "/backoffice");
        var (days, total) = ChartTable(all, "luot-quet");
        var (mine, myTotal) = ChartTable(limited, "luot-quet");
        var today = _xaDen.QuantityProduced!.Value + 1;
        var chart = all.Document.QuerySelector("section[aria-labelledby=luot-quet] svg")!;

        Assert.Multiple(() =>
        {
            Assert.That(days, Is.EqualTo(Expected(new() { [Today] = today, [Today.AddDays(-3)] = 6, [Today.AddDays(-89)] = 1 })));
            Assert.That(days.Keys.First(), Is.EqualTo(Today.AddDays(-89).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), "oldest first, as the chart");
            Assert.That(total, Is.EqualTo(today + 7));
            Assert.That(mine, Is.EqualTo(Expected(new() { [Today] = today, [Today.AddDays(-3)] = 2 })), "only the producer's batches");
            Assert.That(myTotal, Is.EqualTo(today + 2));
            Assert.That(chart.GetAttribute("role"), Is.EqualTo("img"));
            Assert.That(chart.QuerySelector("title")?.TextContent, Does.Contain("90 ngày"));
            Assert.That(chart.QuerySelectorAll("rect"), Has.Length.EqualTo(3), "a column for each day with scans");
        });
    }

    [Test]
    public async Task A_products_page_charts_only_that_products_scans()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var page = await HtmlPage.GetAsync(editor.Client, $"/backoffice/san-pham/{_thotNot.ProductId}");
        var (days, total) = ChartTable(page, "luot-quet-san-pham");
        var other = await HtmlPage.GetAsync(editor.Client, $"/backoffice/san-pham/{_xaDen.ProductId}");

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(days, Is.EqualTo(Expected(new() { [Today.AddDays(-3)] = 4, [Today.AddDays(-89)] = 1 })));
            Assert.That(total, Is.EqualTo(5));
            Assert.That(ChartTable(other, "luot-quet-san-pham").Total, Is.EqualTo(_xaDen.QuantityProduced!.Value + 3));
        });
    }

    [Test]
    public async Task A_new_product_form_has_no_chart()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var page = await HtmlPage.GetAsync(editor.Client, "/backoffice/san-pham/moi");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("section[aria-labelledby=luot-quet-san-pham]"), Is.Null);
    }

    [Test]
    public async Task The_lists_filters_keep_only_their_items()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var reports = await RowsAsync(editor.Client, "/backoffice/bao-cao-gia-mao?ngay=7", "#fake-reports tbody tr");
        var marks = await RowsAsync(editor.Client, "/backoffice/chung-nhan/tat-ca?go-nhan=1", "#certificates tbody tr");
        var scheduled = await RowsAsync(editor.Client, "/backoffice/duyet?xem=hen-gio", "#scheduled-publishes tbody tr");
        var review = await RowsAsync(editor.Client, "/backoffice/duyet", "#review-queue tbody tr");

        Assert.Multiple(() =>
        {
            Assert.That(reports.Select(r => HtmlPage.Collapse(r.Children[2].TextContent)), Is.EqualTo(new[] { "Báo cáo mới một", "Báo cáo mới hai", "Báo cáo mới ba" }));
            Assert.That(marks.Select(r => HtmlPage.Collapse(r.Children[6].TextContent)).Distinct(), Is.SubsetOf(new[] { "Đã hết hạn", "Đã bị thu hồi" }));
            Assert.That(marks.Select(r => HtmlPage.Collapse(r.TextContent)), Has.Some.Contains("Nước thử bị thu hồi").And.Some.Contains("Trà thử đã hết hạn")
                .And.None.Contains("Mứt thử sắp hết hạn"));
            Assert.That(scheduled.Select(r => HtmlPage.Collapse(r.TextContent)), Has.One.Contains("Bắp non"));
            Assert.That(review.Select(r => HtmlPage.Collapse(r.TextContent)), Has.None.Contains("Bắp non"), "a scheduled draft is not waiting for review");
        });
    }

    [TestCase("/backoffice/bao-cao-gia-mao?ngay=abc")]
    [TestCase("/backoffice/bao-cao-gia-mao?ngay=-3&trang=x")]
    [TestCase("/backoffice/chung-nhan/tat-ca?go-nhan=%00")]
    [TestCase("/backoffice/duyet?xem=%3Cscript%3E")]
    public async Task A_hand_edited_filter_gives_the_ordinary_page(string url)
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var page = await HtmlPage.GetAsync(editor.Client, url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = BackOfficeSession.NewClient(_factory);
        using var response = await client.GetAsync(new Uri("/backoffice", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/backoffice/dang-nhap"));
    }

    [Test]
    public async Task The_overview_the_scheduled_list_and_a_products_page_are_valid_html()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var folder = Directory.CreateTempSubdirectory("ocop-overview-html-").FullName;
        try
        {
            var pageOfFile = new Dictionary<string, string>();
            foreach (var url in new[] { "/backoffice", "/backoffice/duyet?xem=hen-gio", "/backoffice/bao-cao-gia-mao?ngay=7", $"/backoffice/san-pham/{_thotNot.ProductId}" })
            {
                var file = Path.Combine(folder, pageOfFile.Count + ".html");
                await File.WriteAllTextAsync(file, await editor.Client.GetStringAsync(new Uri(url, UriKind.Relative)));
                pageOfFile[file] = url;
            }

            var errors = await NuHtmlChecker.ErrorsAsync(pageOfFile);

            Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
