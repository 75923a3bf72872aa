using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.BackOffice.Import;

namespace OcopCatalogue.Tests.BackOffice.Import;

/// <summary>The upload, preview and confirm pages, on a site that starts without the Long Xuyên content.</summary>
public sealed class ImportPagesTests
{
    private const string Upload = "/backoffice/nhap-csv";

    private string _emptyUSync = null!;
    private OcopWebFactory _factory = null!;

    [SetUp]
    public void StartSite()
    {
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-empty-usync-").FullName;
        _factory = new OcopWebFactory(_emptyUSync, FakeClock.OnVietnamDay(new DateOnly(2026, 11, 22)));
    }

    [TearDown]
    public void StopSite()
    {
        _factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    private static async Task<HttpResponseMessage> UploadAsync(BackOfficeSession session, byte[] csv, string name = "long-xuyen-2023.csv")
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent("Danh sách thử nghiệm lấy từ danh sách Long Xuyên 2023"), "Source" },
            { new StringContent("An Giang"), "Province" },
            { new StringContent(""), "Level" },
        };
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "ListFile", name);
        return await session.PostMultipartAsync(Upload, content);
    }

    /// <summary>Uploads the list and returns its preview address.</summary>
    private static async Task<string> PreviewAsync(BackOfficeSession session, byte[] csv)
    {
        using var response = await UploadAsync(session, csv);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    private async Task<(int Producers, int Products, int Certificates, int Audit, Dictionary<string, DateTimeOffset> Stamps)> StoreAsync()
    {
        var (producers, products, certificates, audit) = await _factory.WithDbAsync(async db =>
            (await db.Producers.CountAsync(), await db.Products.CountAsync(), await db.Certificates.CountAsync(),
                await db.Set<AuditEntry>().CountAsync(a => a.Action == ProvinceListImport.AuditAction)));
        return (producers, products, certificates, audit, await ContentStoreSnapshot.TakeAsync(_factory));
    }

    [Test]
    public async Task Preview_shows_row_errors_in_Vietnamese_and_writes_nothing()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var before = await StoreAsync();
        var csv = SampleLists.Of(
            "Tên sản phẩm;Chủ thể;Nhóm;Điểm;Hạng sao",
            "Sa tế thử;Hộ kinh doanh Thử Nghiệm;1.4;85,2;3 sao",
            "Mứt thử;Hộ kinh doanh Thử Nghiệm;1.3;61;3 sao");

        var preview = await HtmlPage.GetAsync(editor.Client, await PreviewAsync(editor, csv));

        var bad = preview.Document.QuerySelector("#preview tr[data-line='2']")!;
        var good = preview.Document.QuerySelector("#preview tr[data-line='3']")!;
        var after = await StoreAsync();
        Assert.Multiple(() =>
        {
            Assert.That(preview.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(bad.GetAttribute("data-outcome"), Is.EqualTo(nameof(ImportRowOutcome.Skipped)));
            Assert.That(bad.TextContent, Does.Contain("Hạng sao không khớp với điểm"));
            Assert.That(good.GetAttribute("data-outcome"), Is.EqualTo(nameof(ImportRowOutcome.NewCertificate)));
            Assert.That(good.TextContent, Does.Contain("bản nháp"));
            Assert.That(preview.Document.QuerySelector("#confirm-form"), Is.Not.Null);
            Assert.That((after.Producers, after.Products, after.Certificates, after.Audit), Is.EqualTo((before.Producers, before.Products, before.Certificates, before.Audit)));
            Assert.That(after.Stamps, Is.EqualTo(before.Stamps));
        });
    }

    [Test]
    public async Task Confirm_writes_the_list_as_drafts_with_its_scores_and_no_invented_decisions()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var previewUrl = await PreviewAsync(editor, SampleLists.LongXuyen());

        using var confirmed = await editor.PostFormAsync(previewUrl, []);

        var products = await _factory.WithDbAsync(db => db.Products.Include(p => p.Certificates).Include(p => p.Producer).AsNoTracking().ToListAsync());
        var sate = products.Single(p => p.Name == "Sa tế Thái Hòa");
        var audit = await _factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == ProvinceListImport.AuditAction).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(products, Has.Count.EqualTo(SampleLists.LongXuyenRows));
            Assert.That(products.Select(p => p.State), Is.All.EqualTo(PublicationState.Draft));
            Assert.That(products.Select(p => p.Producer!.State), Is.All.EqualTo(PublicationState.Draft));
            Assert.That(products.Select(p => p.ProducerId).Distinct().Count(), Is.EqualTo(6), "a producer on several rows is created once");
            Assert.That(sate.Certificates.Single().Score, Is.EqualTo(54.54m));
            Assert.That(sate.Certificates.Single().DecisionNumber, Is.Null);
            Assert.That(sate.Certificates.Single().DecisionDate, Is.Null);
            Assert.That(sate.SubGroupCode, Is.EqualTo("1.4"));
            Assert.That(sate.Producer!.Address.CommuneOrWard, Is.EqualTo("Xã Mỹ Hòa Hưng"));
            Assert.That(sate.Producer.Kind, Is.EqualTo(ProducerKind.HouseholdBusiness));
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(audit[0].UserName, Is.EqualTo(editor.Email));
        });
    }

    [Test]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        using (await editor.PostFormAsync(await PreviewAsync(editor, SampleLists.LongXuyen()), []))
        {
        }

        var before = await StoreAsync();
        var again = await PreviewAsync(editor, SampleLists.LongXuyen());
        var preview = await HtmlPage.GetAsync(editor.Client, again);
        using var confirmed = await editor.PostFormAsync(again, []);
        var after = await StoreAsync();

        Assert.Multiple(() =>
        {
            Assert.That(preview.Document.QuerySelectorAll("#preview tbody tr").Select(r => r.GetAttribute("data-outcome")),
                Is.All.EqualTo(nameof(ImportRowOutcome.Unchanged)));
            Assert.That(preview.Document.QuerySelector("#confirm-form"), Is.Null, "nothing to confirm");
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((after.Producers, after.Products, after.Certificates, after.Audit), Is.EqualTo((before.Producers, before.Products, before.Certificates, before.Audit)));
            Assert.That(after.Stamps, Is.EqualTo(before.Stamps), "no UpdatedAt moved");
        });
    }

    [Test]
    public async Task File_that_is_not_a_province_list_is_refused_on_the_upload_page()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        using var response = await UploadAsync(editor, SampleLists.Of("Họ tên;Số điện thoại", "A;1"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Không thấy cột tên sản phẩm"));
        });
    }

    [Test]
    public async Task Writer_gets_403_on_the_import_pages()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var previewUrl = await PreviewAsync(editor, SampleLists.LongXuyen());
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        using var upload = await writer.Client.GetAsync(new Uri(Upload, UriKind.Relative));
        using var preview = await writer.Client.GetAsync(new Uri(previewUrl, UriKind.Relative));
        using var confirm = await writer.PostWithoutTokenAsync(previewUrl, []);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(confirm.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest));
            Assert.That((await StoreAsync()).Products, Is.Zero);
        });
    }

    [Test]
    public async Task Upload_and_confirm_without_an_antiforgery_token_are_refused_with_400()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var previewUrl = await PreviewAsync(editor, SampleLists.LongXuyen());

        using var upload = await editor.PostWithoutTokenAsync(Upload, [new("Source", "x"), new("Province", "An Giang")]);
        using var confirm = await editor.PostWithoutTokenAsync(previewUrl, []);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await StoreAsync()).Products, Is.Zero);
        });
    }

    [Test]
    public async Task Preview_of_an_unknown_or_malformed_key_is_not_found()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);

        using var unknown = await editor.Client.GetAsync(new Uri(Upload + "/" + new string('a', 64), UriKind.Relative));
        using var traversal = await editor.Client.GetAsync(new Uri(Upload + "/..%2F..%2Focop.db", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(traversal.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
