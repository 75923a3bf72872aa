using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Traceability;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.BackOffice.Traceability;

/// <summary>
/// The back-office lists of fake reports and suspicious batches, on the repository's content with the sample batch
/// XD2025-07 reported and over-scanned.
/// </summary>
public sealed class TraceabilityPagesTests
{
    private const string Reports = "/backoffice/bao-cao-gia-mao";
    private const string Suspicious = "/backoffice/lo-hang-dang-ngo";

    private OcopWebFactory _factory = null!;
    private TraceBatch _batch = null!;
    private Guid _producer;
    private string _gtin = "";
    private string _photo = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new OcopWebFactory();
        _batch = await _factory.BatchAsync("XD2025-07");
        var product = await _factory.ProductAsync(_batch.ProductId);
        _producer = product.ProducerId!.Value;
        _gtin = product.Gtin!;

        var photos = Path.Combine(_factory.DataDirectory, FakeReportInbox.PhotoFolder);
        Directory.CreateDirectory(photos);
        _photo = Guid.NewGuid().ToString("N") + ".png";
        await File.WriteAllBytesAsync(Path.Combine(photos, _photo), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        for (var i = 1; i <= FakeReportListModel.PageSize + 5; i++)
        {
            await _factory.SaveAsync(new FakeReport
            {
                ProductId = _batch.ProductId,
                BatchId = _batch.Id,
                Serial = i == 1 ? "P1" : null,
                ReportedAt = DateTimeOffset.UtcNow.AddMinutes(i),
                WhatIsWrong = $"Báo cáo số {i}",
                WhereBought = "Chợ Long Xuyên",
                Contact = i == 1 ? "0912 000 111" : null,
                PhotoFileName = i == 1 ? _photo : null,
                NetworkKey = "test",
            });
        }

        await _factory.SaveAsync([.. Enumerable.Range(0, _batch.QuantityProduced!.Value + 1).Select(_ => new ScanRecord
        {
            BatchId = _batch.Id,
            ScannedAt = DateTimeOffset.UtcNow,
            NetworkKey = "test",
            Family = UserAgentFamily.Android,
        })]);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private static async Task<AngleSharp.Dom.IDocument> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Column(AngleSharp.Dom.IDocument page, string table, int column) =>
        [.. page.QuerySelectorAll($"#{table} tbody tr").Select(tr => HtmlPage.Collapse(tr.Children[column].TextContent))];

    [TestCase(Reports)]
    [TestCase(Suspicious)]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string page)
    {
        using var client = BackOfficeSession.NewClient(_factory);
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/backoffice/dang-nhap?returnUrl=" + Uri.EscapeDataString(page)));
    }

    [Test]
    public async Task A_photo_is_never_served_to_anonymous_visitors()
    {
        using var client = BackOfficeSession.NewClient(_factory);
        using var response = await client.GetAsync(new Uri(FakeReportListModel.PhotoUrl(_photo), UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/backoffice/dang-nhap"));
    }

    [Test]
    public async Task A_writer_sees_the_reports_newest_first_a_page_at_a_time_with_links_to_the_batch()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var first = await PageAsync(session.Client, Reports);
        var second = await PageAsync(session.Client, Reports + "?trang=2");

        var whats = Column(first, "fake-reports", 2);
        Assert.That(whats, Has.Count.EqualTo(FakeReportListModel.PageSize));
        Assert.That(whats[0], Is.EqualTo($"Báo cáo số {FakeReportListModel.PageSize + 5}"));
        Assert.That(whats[^1], Is.EqualTo("Báo cáo số 6"));
        Assert.That(Column(second, "fake-reports", 2), Is.EqualTo(new[] { "Báo cáo số 5", "Báo cáo số 4", "Báo cáo số 3", "Báo cáo số 2", "Báo cáo số 1" }));
        Assert.That(first.QuerySelector("#fake-reports tbody tr a")?.GetAttribute("href"), Is.EqualTo($"/01/{_gtin}/10/XD2025-07"));
        Assert.That(first.QuerySelector("a[rel=next]")?.GetAttribute("href"), Is.EqualTo("?trang=2"));
        Assert.That(second.QuerySelector("a[rel=next]"), Is.Null);
        var oldest = second.QuerySelectorAll("#fake-reports tbody tr")[^1];
        Assert.That(HtmlPage.Collapse(oldest.TextContent), Does.Contain("Sê-ri P1").And.Contain("0912 000 111"));
        Assert.That(oldest.QuerySelector("img")?.GetAttribute("src"), Is.EqualTo("/backoffice/bao-cao-gia-mao/anh/" + _photo));
    }

    [Test]
    public async Task A_writer_opens_a_reports_photo_served_as_an_image_only()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        using var response = await session.Client.GetAsync(new Uri(FakeReportListModel.PhotoUrl(_photo), UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.CacheControl?.Private, Is.True);
        Assert.That((await response.Content.ReadAsByteArrayAsync())[..4], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
    }

    [TestCase("..%2F..%2Focop.db")]
    [TestCase("network-salt.bin")]
    [TestCase("00000000000000000000000000000000.png")]
    public async Task Other_names_under_the_photo_address_are_404(string name)
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        using var response = await session.Client.GetAsync(new Uri("/backoffice/bao-cao-gia-mao/anh/" + name, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_writer_limited_to_another_producer_sees_no_report_and_gets_404_for_the_photo()
    {
        var other = await _factory.WithDbAsync(db => db.Producers.Where(p => p.Id != _producer).Select(p => p.Id).FirstAsync());

        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [other]);
        var reports = await PageAsync(session.Client, Reports);
        var suspicious = await PageAsync(session.Client, Suspicious);
        using var photo = await session.Client.GetAsync(new Uri(FakeReportListModel.PhotoUrl(_photo), UriKind.Relative));

        Assert.That(reports.QuerySelector("#no-reports"), Is.Not.Null);
        Assert.That(suspicious.QuerySelector("#no-suspicious-batches"), Is.Not.Null);
        Assert.That(photo.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_writer_limited_to_the_producer_sees_its_reports_and_photo()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [_producer]);
        var reports = await PageAsync(session.Client, Reports);
        using var photo = await session.Client.GetAsync(new Uri(FakeReportListModel.PhotoUrl(_photo), UriKind.Relative));

        Assert.That(Column(reports, "fake-reports", 2), Has.Count.EqualTo(FakeReportListModel.PageSize));
        Assert.That(photo.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Both_lists_are_valid_html()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var folder = Directory.CreateTempSubdirectory("ocop-bo-html-").FullName;
        try
        {
            var pageOfFile = new Dictionary<string, string>();
            foreach (var url in new[] { Reports, Reports + "?trang=2", Suspicious })
            {
                var file = Path.Combine(folder, pageOfFile.Count + ".html");
                await File.WriteAllTextAsync(file, await session.Client.GetStringAsync(new Uri(url, UriKind.Relative)));
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

    [Test]
    public async Task A_writer_sees_the_over_scanned_batch_with_its_counts_and_reason()
    {
        await using var session = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var page = await PageAsync(session.Client, Suspicious);
        var row = page.QuerySelector("#suspicious-batches tbody tr");

        Assert.That(page.QuerySelectorAll("#suspicious-batches tbody tr"), Has.Length.EqualTo(1));
        Assert.That(row!.QuerySelector("a")?.GetAttribute("href"), Is.EqualTo($"/01/{_gtin}/10/XD2025-07"));
        Assert.That(HtmlPage.Collapse(row.Children[2].TextContent), Is.EqualTo($"{_batch.QuantityProduced} {_batch.QuantityUnit}"));
        Assert.That(HtmlPage.Collapse(row.Children[3].TextContent), Is.EqualTo((_batch.QuantityProduced!.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(HtmlPage.Collapse(row.Children[5].TextContent), Is.EqualTo("Lượt quét vượt số lượng sản xuất"));
    }
}
