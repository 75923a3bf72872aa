using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.BackOffice.Certificates;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class CertificatePagesTests(DatabaseProvider provider)
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory(clock: FakeClock.OnVietnamDay(Today)) { Provider = provider };

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    private static string PageOf(Product product) => $"/backoffice/chung-nhan/san-pham/{product.Id}";

    /// <summary>A published product with one certificate decided on the given day (test fixture, not a real decision).</summary>
    private async Task<Product> SeedAsync(string name, DateOnly decided, decimal score = 75m, Producer? producer = null)
    {
        producer ??= ContentSeed.Producer("Công ty Thử nghiệm " + name);
        var product = ContentSeed.Product(name, producer, OcopGroup.Food, ContentSeed.Rated(score, decided, "TEST-1/QĐ-UBND"));
        await _factory.SaveAsync(producer, product);
        return product;
    }

    private Task<List<Certificate>> HistoryAsync(Product product) =>
        _factory.WithDbAsync(db => db.Certificates.AsNoTracking().Where(c => c.ProductId == product.Id).OrderBy(c => c.Sequence).ToListAsync());

    private static Dictionary<string, string> Revocation(DateOnly date) => new()
    {
        ["Form.Kind"] = nameof(EvaluationKind.Revocation),
        ["Form.Score"] = "",
        ["Form.Level"] = nameof(IssuingLevel.Province),
        ["Form.DecisionNumber"] = "TEST-99/QĐ-UBND",
        ["Form.DecisionDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Note"] = "Thu hồi thử nghiệm",
    };

    [Test]
    public async Task Dashboard_lists_a_certificate_expiring_in_30_days_and_a_product_whose_mark_must_come_off()
    {
        var expiring = await SeedAsync("Mứt thử sắp hết hạn", Today.AddDays(30).AddMonths(-Certificate.ValidityMonths));
        var lapsed = await SeedAsync("Trà thử đã hết hạn", Today.AddDays(-10).AddMonths(-Certificate.ValidityMonths));
        var valid = await SeedAsync("Rượu thử còn hạn", Today.AddYears(-1));
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var page = await HtmlPage.GetAsync(editor.Client, "/backoffice/chung-nhan");

        var expiringRow = page.Document.QuerySelectorAll("#expiring tbody tr").SingleOrDefault(r => r.TextContent.Contains(expiring.Name, StringComparison.Ordinal));
        var markOffRow = page.Document.QuerySelectorAll("#mark-off tbody tr").SingleOrDefault(r => r.TextContent.Contains(lapsed.Name, StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(expiringRow, Is.Not.Null);
            Assert.That(expiringRow!.QuerySelector("[data-days-left]")!.GetAttribute("data-days-left"), Is.EqualTo("30"));
            Assert.That(markOffRow, Is.Not.Null);
            Assert.That(markOffRow!.TextContent, Does.Contain(Today.AddDays(-10).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(page.Html, Does.Not.Contain(valid.Name), "a certificate valid for years needs nothing done");
        });
    }

    [Test]
    public async Task Recording_a_revocation_hides_the_OCOP_mark_on_the_public_product_page()
    {
        var product = await SeedAsync("Bánh thử bị thu hồi", Today.AddYears(-1));
        using var visitor = _factory.CreateClient();
        var before = await HtmlPage.GetAsync(visitor, "/san-pham/" + product.Slug);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        using var response = await editor.PostFormAsync(PageOf(product), Revocation(Today));

        var after = await HtmlPage.GetAsync(visitor, "/san-pham/" + product.Slug);
        var history = await HistoryAsync(product);
        var recordedId = history[^1].Id;
        var audit = await _factory.WithDbAsync(db => db.Set<OcopCatalogue.Web.Audit.AuditEntry>().AsNoTracking().Where(a => a.ItemId == recordedId).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(before.Document.QuerySelector(".ocop-mark"), Is.Not.Null, "valid before the revocation");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.Document.QuerySelector(".ocop-mark"), Is.Null);
            Assert.That(after.Document.QuerySelectorAll("table.history tbody tr").Select(r => r.QuerySelector(".pill-revoked") is not null),
                Is.EqualTo(new[] { true, true }), "the public history shows the withdrawn certificate as revoked too");
            Assert.That(history, Has.Count.EqualTo(2), "a revocation is a new record");
            Assert.That(history[0].IsRevoked, Is.False, "the revoked certificate keeps its facts");
            Assert.That(history[1].Kind, Is.EqualTo(EvaluationKind.Revocation));
            Assert.That(history[1].RevokedOn, Is.EqualTo(Today));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { CertificateRecorder.RecordedAction }));
            Assert.That(audit[0].UserName, Is.EqualTo(editor.Email));
        });
    }

    [Test]
    public async Task Writer_may_read_a_history_but_gets_403_on_recording()
    {
        var product = await SeedAsync("Nước thử của người viết", Today.AddYears(-1));
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        var page = await HtmlPage.GetAsync(writer.Client, PageOf(product));
        using var response = await writer.PostFormAsync(PageOf(product), Revocation(Today));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Document.QuerySelector("#record-form"), Is.Null, "no form for someone who may not record");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await HistoryAsync(product), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Producer_limited_writer_gets_404_for_another_producers_certificate_page_and_scan()
    {
        var own = await SeedAsync("Sản phẩm thử của mình", Today.AddYears(-1));
        var other = await SeedAsync("Sản phẩm thử của người khác", Today.AddYears(-1));
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        await RecordWithScanAsync(editor, other, PdfBytes());
        var scanId = (await HistoryAsync(other))[^1].Id;
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [own.ProducerId!.Value]);

        using var ownPage = await writer.Client.GetAsync(new Uri(PageOf(own), UriKind.Relative));
        using var otherPage = await writer.Client.GetAsync(new Uri(PageOf(other), UriKind.Relative));
        using var otherScan = await writer.Client.GetAsync(new Uri($"/backoffice/chung-nhan/ban-quyet-dinh/{scanId}", UriKind.Relative));
        var list = await HtmlPage.GetAsync(writer.Client, "/backoffice/chung-nhan/tat-ca");

        Assert.Multiple(() =>
        {
            Assert.That(ownPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(otherPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(otherScan.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list.Html, Does.Contain(own.Name));
            Assert.That(list.Html, Does.Not.Contain(other.Name));
        });
    }

    [Test]
    public async Task Scan_upload_refuses_a_PHP_file_renamed_pdf_and_keeps_what_was_typed()
    {
        var product = await SeedAsync("Gạo thử tải bản quét", Today.AddYears(-1));
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var scansBefore = ScanFiles();

        using var response = await RecordWithScanAsync(editor, product, Encoding.ASCII.GetBytes("<?php system($_GET['c']); ?>"), fileName: "quyet-dinh.pdf");

        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form comes back with the problem, not an error page");
            Assert.That(page.QuerySelector("#scan-error")?.TextContent, Does.Contain("PDF"));
            Assert.That(page.QuerySelector("#decision-number")?.GetAttribute("value"), Is.EqualTo("TEST-99/QĐ-UBND"));
            Assert.That(page.QuerySelector("#kind option[selected]")?.GetAttribute("value"), Is.EqualTo(nameof(EvaluationKind.Revocation)));
            Assert.That(await HistoryAsync(product), Has.Count.EqualTo(1));
            Assert.That(ScanFiles(), Is.EquivalentTo(scansBefore));
        });
    }

    [Test]
    public async Task Scan_of_a_signed_decision_is_stored_under_a_server_name_and_served_only_to_staff()
    {
        var product = await SeedAsync("Mật ong thử có bản quét", Today.AddYears(-1));
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        using var response = await RecordWithScanAsync(editor, product, PdfBytes(), fileName: "../../ocop.db");
        var recorded = (await HistoryAsync(product))[^1];
        using var staff = await editor.Client.GetAsync(new Uri($"/backoffice/chung-nhan/ban-quyet-dinh/{recorded.Id}", UriKind.Relative));
        using var anonymous = BackOfficeSession.NewClient(_factory);
        using var visitor = await anonymous.GetAsync(new Uri($"/backoffice/chung-nhan/ban-quyet-dinh/{recorded.Id}", UriKind.Relative));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(DecisionScanStore.IsWellFormedName(recorded.DecisionScan), Is.True, recorded.DecisionScan);
            Assert.That(staff.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(staff.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(staff.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(await staff.Content.ReadAsByteArrayAsync(), Is.EqualTo(PdfBytes()));
            Assert.That(visitor.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "anonymous visitors are sent to sign in");
            Assert.That(provider == DatabaseProvider.PostgreSql || File.Exists(Path.Combine(_factory.DataDirectory, "ocop.db")), Is.True, "the uploaded name reached nothing (SQLite keeps the database there)");
        });
    }

    [Test]
    public async Task Rule_problem_is_shown_next_to_its_field_in_Vietnamese_with_the_typed_score_kept()
    {
        var product = await SeedAsync("Chả thử nâng hạng", Today.AddYears(-1), score: 75m);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var fields = Revocation(Today);
        fields["Form.Kind"] = nameof(EvaluationKind.Upgrade);
        fields["Form.Score"] = "72,5";

        using var response = await editor.PostFormAsync(PageOf(product), fields);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.QuerySelector("#score-error")?.TextContent, Does.Contain("nhiều sao hơn"));
            Assert.That(page.QuerySelector("#score")?.GetAttribute("value"), Is.EqualTo("72,5"));
            Assert.That(page.QuerySelector("#score")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
            Assert.That(page.QuerySelector("#score-stars")?.TextContent, Is.EqualTo("4 sao"));
            Assert.That(await HistoryAsync(product), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Typing_correction_changes_the_record_in_place_and_audits_before_and_after()
    {
        var product = await SeedAsync("Khô thử sửa số quyết định", Today.AddYears(-1));
        var certificate = (await HistoryAsync(product)).Single();
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var url = $"/backoffice/chung-nhan/sua/{certificate.Id}";

        using var response = await editor.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Form.Score"] = "75",
            ["Form.Level"] = nameof(IssuingLevel.DistrictOrCity),
            ["Form.DecisionNumber"] = "TEST-2/QĐ-UBND",
            ["Form.DecisionDate"] = certificate.DecisionDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Note"] = "",
        });

        var after = (await HistoryAsync(product)).Single();
        var audit = await _factory.WithDbAsync(db => db.Set<OcopCatalogue.Web.Audit.AuditEntry>().AsNoTracking().SingleAsync(a => a.ItemId == certificate.Id));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.DecisionNumber, Is.EqualTo("TEST-2/QĐ-UBND"));
            Assert.That(audit.Action, Is.EqualTo(CertificateRecorder.CorrectedAction));
            Assert.That(audit.Detail, Does.Contain("decisionNumber: 'TEST-1/QĐ-UBND' -> 'TEST-2/QĐ-UBND'"));
        });
    }

    [Test]
    public async Task Writer_cannot_open_the_correction_form()
    {
        var product = await SeedAsync("Bột thử không được sửa", Today.AddYears(-1));
        var certificate = (await HistoryAsync(product)).Single();
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        using var response = await writer.Client.GetAsync(new Uri($"/backoffice/chung-nhan/sua/{certificate.Id}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Form_posted_without_an_antiforgery_token_is_refused_with_400()
    {
        var product = await SeedAsync("Kẹo thử không có mã chống giả mạo", Today.AddYears(-1));
        var certificate = (await HistoryAsync(product)).Single();
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        using var record = await editor.PostWithoutTokenAsync(PageOf(product), Revocation(Today));
        using var correct = await editor.PostWithoutTokenAsync($"/backoffice/chung-nhan/sua/{certificate.Id}", Revocation(Today));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(record.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(correct.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await HistoryAsync(product), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task List_filters_by_status_and_stars_and_ignores_malformed_parameters()
    {
        var expired = await SeedAsync("Nem thử hết hạn để lọc", Today.AddYears(-4), score: 92m);
        var valid = await SeedAsync("Nem thử còn hạn để lọc", Today.AddYears(-1), score: 92m);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        var expiredFive = await HtmlPage.GetAsync(editor.Client, "/backoffice/chung-nhan/tat-ca?trang-thai=Expired&sao=5");
        var malformed = await HtmlPage.GetAsync(editor.Client, "/backoffice/chung-nhan/tat-ca?trang-thai=%00&sao=x&trang=-9&dia-ban=nowhere");

        Assert.Multiple(() =>
        {
            Assert.That(expiredFive.Html, Does.Contain(expired.Name));
            Assert.That(expiredFive.Html, Does.Not.Contain(valid.Name));
            Assert.That(malformed.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(malformed.Html, Does.Contain(valid.Name));
        });
    }

    private static byte[] PdfBytes() => Encoding.ASCII.GetBytes("%PDF-1.4\n% test fixture, not a real decision\n%%EOF\n");

    private HashSet<string> ScanFiles()
    {
        var folder = Path.Combine(_factory.DataDirectory, DecisionScanStore.FolderName);
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder)] : [];
    }

    private static async Task<HttpResponseMessage> RecordWithScanAsync(BackOfficeSession session, Product product, byte[] scan, string fileName = "quyet-dinh.pdf")
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in Revocation(Today))
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(scan);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Form.Scan", fileName);
        return await session.PostMultipartAsync(PageOf(product), content);
    }
}
