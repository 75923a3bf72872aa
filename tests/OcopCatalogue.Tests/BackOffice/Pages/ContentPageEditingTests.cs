using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.BackOffice.Editing;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.BackOffice.Pages;

/// <summary>The content page list and edit pages through HTTP, on the workflow engine.</summary>
public sealed class ContentPageEditingTests : EditingFixture
{
    private const string List = "/backoffice/trang";
    private const string New = "/backoffice/trang/moi";

    private static List<KeyValuePair<string, string>> Fields(string title, string body, params (string Key, string Value)[] more)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Title", title),
            new("Form.Summary", "Trang thử nghiệm của trang quản trị."),
            new("Form.MenuOrder", "7"),
            new("Form.BodyHtml", body),
        };
        foreach (var (key, value) in more)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        return fields;
    }

    [Test]
    public async Task A_new_page_is_a_hidden_draft_until_an_editor_publishes_it_sanitised_and_then_its_file_is_written()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);
        await using var editor = await SignInAsync(StaffRoles.Editor);

        using var saved = await PostAsync(writer, New, "Send", Fields("Hỏi đáp về OCOP",
            "<div>Sản phẩm OCOP được đánh giá theo Bộ tiêu chí.<script>alert(1)</script><img src=x onerror=alert(2)></div><h1>Ai được tham gia?</h1>"));
        var id = IdFrom(saved, List);
        var whileInReview = await PublicAsync("/trang/hoi-dap-ve-ocop");
        var edit = $"{List}/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Title");
        using var published = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var live = await PublicAsync("/trang/hoi-dap-ve-ocop");
        var file = USyncJson.Deserialize<PageFile>(File.ReadAllBytes(Path.Combine(USync.Path, "pages", "hoi-dap-ve-ocop.json")));
        var (problems, imported) = await FreshImportAsync("pages/hoi-dap-ve-ocop.json", db => db.Pages.AnyAsync(p => p.Id == id));

        Assert.Multiple(() =>
        {
            Assert.That(whileInReview, Is.EqualTo("HTTP 404"));
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(live, Does.Contain("<p>Sản phẩm OCOP được đánh giá theo Bộ tiêu chí.</p>"));
            Assert.That(live, Does.Contain("<h2>Ai được tham gia?</h2>"), "the editor's heading becomes the page's section heading");
            Assert.That(live, Does.Not.Contain("alert(").And.Not.Contain("onerror"));
            Assert.That(file.Key, Is.EqualTo(id));
            Assert.That(file.MenuOrder, Is.EqualTo(7));
            Assert.That(file.BodyHtml, Does.Not.Contain("<script"));
            Assert.That(problems, Is.Empty, "the written file passes the uSync rules of a fresh import");
            Assert.That(imported, Is.True);
        });
    }

    [Test]
    public async Task Wrong_values_come_back_with_Vietnamese_messages_beside_their_fields_and_as_typed()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var response = await PostAsync(writer, New, "Save", Fields(" ", "<div>Nội dung đã gõ vẫn còn.</div>",
            ("Form.MenuOrder", "đầu tiên"), ("Form.Slug", "Trang Mới!")));
        var page = await DocumentAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(page, "Form.Title"), Is.EqualTo("Vui lòng nhập thông tin này."));
            Assert.That(MessageFor(page, "Form.MenuOrder"), Is.EqualTo("Nhập một số nguyên từ 0 đến 999."));
            Assert.That(MessageFor(page, "Form.Slug"), Does.Contain("trang-moi"), "the message suggests a well-formed address");
            Assert.That(page.QuerySelector("#Form_MenuOrder")?.GetAttribute("value"), Is.EqualTo("đầu tiên"));
            Assert.That(page.QuerySelector("#Form_Slug")?.GetAttribute("value"), Is.EqualTo("Trang Mới!"));
            Assert.That(page.QuerySelector("#body")?.GetAttribute("value"), Does.Contain("Nội dung đã gõ vẫn còn."), "the editor gets the typed body back");
        });
    }

    [Test]
    public async Task A_slug_another_page_uses_is_refused_beside_the_slug_field()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);

        using var response = await PostAsync(editor, New, "Save", Fields("Liên hệ (bản sao)", "<div>Bản sao.</div>", ("Form.Slug", "lien-he")));
        var page = await DocumentAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageFor(page, "Form.Slug"), Does.StartWith("Đường dẫn này đã được dùng"));
        });
    }

    [Test]
    public async Task A_writer_gets_403_for_publish_and_400_without_the_antiforgery_token()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        using var publish = await PostAsync(writer, New, "Publish", Fields("Trang người viết tự đăng", "<div>Không được đăng.</div>"));
        using var noToken = await writer.PostWithoutTokenAsync(New + "?handler=Save", Fields("Trang không có mã", "<div>Không được lưu.</div>"));
        var stored = await Site.WithDbAsync(db => db.Pages.AnyAsync(p => p.Title == "Trang người viết tự đăng" || p.Title == "Trang không có mã"));

        Assert.Multiple(() =>
        {
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(stored, Is.False);
        });
    }

    [Test]
    public async Task A_producer_limited_writer_sees_no_pages_and_gets_404_for_one_by_id()
    {
        var contact = await Site.WithDbAsync(db => db.Pages.Where(p => p.Slug == "lien-he").Select(p => p.Id).SingleAsync());
        await using var limited = await SignInAsync(StaffRoles.Writer, await Site.ProducerOfAsync("tra-xa-den"));

        using var edit = await limited.Client.GetAsync(new Uri($"{List}/{contact}", UriKind.Relative));
        using var preview = await limited.Client.GetAsync(new Uri($"/backoffice/xem-truoc/trang/{contact}", UriKind.Relative));
        var list = await HtmlPage.GetAsync(limited.Client, List);
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var listForEditor = await HtmlPage.GetAsync(editor.Client, List);

        Assert.Multiple(() =>
        {
            Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list.MainText, Does.Not.Contain("/trang/lien-he"));
            Assert.That(listForEditor.MainText, Does.Contain("/trang/lien-he"));
        });
    }
}
