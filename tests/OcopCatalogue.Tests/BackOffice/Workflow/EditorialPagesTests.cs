using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.BackOffice.Workflow;

/// <summary>The product and producer pages and the workflow's pages through HTTP, signed in as real staff accounts.</summary>
public sealed class EditorialPagesTests
{
    private const string SaTePath = "/san-pham/sa-te-thai-hoa";
    private USyncCopy _usync = null!;
    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        _usync = USyncCopy.OfRepository();
        _factory = new OcopWebFactory(_usync.Path);
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _factory.Dispose();
        _usync.Dispose();
    }

    [Test]
    public async Task A_writer_saves_a_story_the_public_page_keeps_the_old_one_until_an_editor_publishes_it()
    {
        var id = await _factory.ProductIdAsync("tra-xa-den");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";

        var form = await FilledForm.ReadAsync(writer.Client, edit, "Form.Name");
        form.Set("Form.StoryHtml", "<div>Lá xạ đen hái sáng sớm trên núi Cấm, phơi trong bóng râm.</div>");
        using var sent = await writer.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Send");
        var whileInReview = await PublicAsync("/san-pham/tra-xa-den");
        var queue = await HtmlPage.GetAsync(editor.Client, "/backoffice/duyet");
        using var writerPublishes = await writer.PostFormAsync($"/backoffice/lich-su/san-pham/{id}",
            [new("version", "2")], $"/backoffice/lich-su/san-pham/{id}?handler=Publish");
        using var published = await editor.PostFormAsync($"/backoffice/lich-su/san-pham/{id}",
            [new("version", "2")], $"/backoffice/lich-su/san-pham/{id}?handler=Publish");
        var afterPublish = await PublicAsync("/san-pham/tra-xa-den");

        Assert.Multiple(() =>
        {
            Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(whileInReview, Does.Not.Contain("phơi trong bóng râm"));
            Assert.That(queue.MainText, Does.Contain("Trà Xạ đen"), "the editor sees it in the review queue");
            Assert.That(writerPublishes.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a writer posting the publish handler directly");
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(afterPublish, Does.Contain("<p>Lá xạ đen hái sáng sớm trên núi Cấm, phơi trong bóng râm.</p>"));
        });
    }

    [Test]
    public async Task A_writer_gets_403_for_the_publish_button_of_the_edit_form()
    {
        var id = await _factory.ProductIdAsync("siro-atiso-do");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var edit = $"/backoffice/san-pham/{id}";
        var form = await FilledForm.ReadAsync(writer.Client, edit, "Form.Name");
        form.Set("Form.ShortDescription", "Người viết thử đăng thẳng.");

        using var response = await writer.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var page = await PublicAsync("/san-pham/siro-atiso-do");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(page, Does.Not.Contain("Người viết thử đăng thẳng."));
        });
    }

    [Test]
    public async Task A_producer_limited_writer_gets_404_for_another_producers_product_everywhere()
    {
        var id = await _factory.ProductIdAsync("sa-te-thai-hoa");
        var ownProducer = await _factory.ProducerOfAsync("bap-non-dong-hop");
        await using var limited = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [ownProducer]);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var editorForm = await FilledForm.ReadAsync(editor.Client, $"/backoffice/san-pham/{id}", "Form.Name");

        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var path in new[]
        {
            $"/backoffice/san-pham/{id}", $"/backoffice/lich-su/san-pham/{id}", $"/backoffice/xem-truoc/san-pham/{id}",
            $"/backoffice/so-sanh/san-pham/{id}?a=1&b=1", $"/backoffice/xem-truoc/san-pham/{id}?version=1",
        })
        {
            using var response = await limited.Client.GetAsync(new Uri(path, UriKind.Relative));
            statuses[path] = response.StatusCode;
        }

        // A token from a page the writer may open, with the fields an editor's form would send.
        var token = await BackOfficeSession.TokenAsync(limited.Client, "/backoffice/san-pham/moi");
        using var save = await limited.Client.PostAsync(new Uri($"/backoffice/san-pham/{id}?handler=Save", UriKind.Relative),
            new FormUrlEncodedContent(editorForm.WithoutToken().Append(new("__RequestVerificationToken", token))));
        var list = await HtmlPage.GetAsync(limited.Client, "/backoffice/san-pham");

        Assert.Multiple(() =>
        {
            Assert.That(statuses.Where(s => s.Value != HttpStatusCode.NotFound).Select(s => $"{s.Key}: {(int)s.Value}"), Is.Empty);
            Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list.MainText, Does.Not.Contain("Sa tế Thái Hòa"));
            Assert.That(list.MainText, Does.Contain("Bắp non đóng hộp"), "their own producer's products are listed");
        });
    }

    [Test]
    public async Task Preview_renders_the_draft_on_the_real_public_page_with_a_banner_and_is_never_cached_or_public()
    {
        var id = await _factory.ProductIdAsync("mut-dau-tam");
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        form.Set("Form.StoryHtml", "<div>Bản nháp xem trước về mứt dâu tằm.</div>");
        using var saved = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Save");

        using var preview = await editor.Client.GetAsync(new Uri($"/backoffice/xem-truoc/san-pham/{id}", UriKind.Relative));
        var html = await preview.Content.ReadAsStringAsync();
        var publicAfter = await PublicAsync("/san-pham/mut-dau-tam");
        using var anonymous = BackOfficeSession.NewClient(_factory);
        using var anonymousPreview = await anonymous.GetAsync(new Uri($"/backoffice/xem-truoc/san-pham/{id}", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Bản nháp xem trước về mứt dâu tằm."));
            Assert.That(html, Does.Contain("Bản xem trước"));
            Assert.That(html, Does.Contain("<h1").And.Contain("Mứt dâu tằm"), "the public page's own layout and heading");
            Assert.That(preview.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(publicAfter, Does.Not.Contain("Bản nháp xem trước"), "the preview's transaction was rolled back");
            Assert.That(anonymousPreview.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(anonymousPreview.Headers.Location?.OriginalString, Does.Contain("/backoffice/dang-nhap"));
        });
    }

    [Test]
    public async Task Script_and_event_handlers_in_a_posted_story_never_reach_the_stored_version()
    {
        var id = await _factory.ProductIdAsync("ruou-dau-tam");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var edit = $"/backoffice/san-pham/{id}";
        var form = await FilledForm.ReadAsync(writer.Client, edit, "Form.Name");
        form.Set("Form.StoryHtml", "<div>Rượu ngon<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">bấm</a></div>");

        using var saved = await writer.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Save");
        var snapshot = await NewestSnapshotAsync(id);

        Assert.Multiple(() =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(snapshot, Does.Contain("<p>Rượu ngon<a>bấm</a></p>"));
            Assert.That(snapshot, Does.Not.Contain("<script").And.Not.Contain("alert(").And.Not.Contain("onerror").And.Not.Contain("javascript:"));
        });
    }

    [Test]
    public async Task Invalid_fields_come_back_with_Vietnamese_messages_and_what_was_typed()
    {
        var id = await _factory.ProductIdAsync("nuoc-cot-dau-tam-tuoi");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var edit = $"/backoffice/san-pham/{id}";
        var form = await FilledForm.ReadAsync(writer.Client, edit, "Form.Name");
        form.Set("Form.Name", " ").Set("Form.Gtin", "8930000000001").Set("Form.Packaging", "Chai thủy tinh 500 ml vừa gõ");

        using var response = await writer.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Save");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageAfter(page, "#Form_Name"), Is.EqualTo("Vui lòng nhập thông tin này."));
            Assert.That(MessageAfter(page, "#Form_Gtin"), Does.StartWith("Mã GTIN chưa đúng"));
            Assert.That(page.QuerySelector("#Form_Packaging")?.GetAttribute("value"), Is.EqualTo("Chai thủy tinh 500 ml vừa gõ"));
            Assert.That(page.QuerySelector("#Form_Gtin")?.GetAttribute("value"), Is.EqualTo("8930000000001"));
        });
    }

    // The message written beside a field: the first validation error among the elements after its input.
    private static string? MessageAfter(AngleSharp.Dom.IDocument page, string input)
    {
        for (var next = page.QuerySelector(input)?.NextElementSibling; next is not null && next.TagName != "LABEL"; next = next.NextElementSibling)
        {
            if (next.ClassList.Contains("field-validation-error"))
            {
                return next.TextContent;
            }
        }

        return null;
    }

    [Test]
    public async Task Rollback_from_the_history_page_restores_the_old_story()
    {
        var id = await _factory.ProductIdAsync("tra-hoa-dau-biec");
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";
        var history = $"/backoffice/lich-su/san-pham/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        form.Set("Form.StoryHtml", "<div>Câu chuyện tạm thời sẽ bị khôi phục.</div>");
        using var published = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var withNew = await PublicAsync("/san-pham/tra-hoa-dau-biec");
        var comparison = await HtmlPage.GetAsync(editor.Client, $"/backoffice/so-sanh/san-pham/{id}?a=1&b=2");

        using var rolledBack = await editor.PostFormAsync(history, [new("version", "1")], history + "?handler=RollbackPublish");
        var page = await PublicAsync("/san-pham/tra-hoa-dau-biec");

        Assert.Multiple(() =>
        {
            Assert.That(withNew, Does.Contain("Câu chuyện tạm thời sẽ bị khôi phục."));
            Assert.That(comparison.Document.QuerySelectorAll("tr.bo-changed th").Select(t => t.TextContent), Has.Some.Contains("Câu chuyện"));
            Assert.That(comparison.Html, Does.Not.Contain("<p>Câu chuyện tạm thời"), "stories are compared as text, never as markup");
            Assert.That(rolledBack.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page, Does.Not.Contain("Câu chuyện tạm thời sẽ bị khôi phục."));
            Assert.That(page, Does.Contain("Hoa đậu biếc có màu xanh tím"));
        });
    }

    [Test]
    public async Task Delete_and_restore_through_the_pages_and_only_editors_may_empty_the_bin()
    {
        var id = await _factory.ProductIdAsync("tra-tui-loc-xa-den");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";

        using var deleted = await editor.PostFormAsync(edit, [], edit + "?handler=Delete");
        var gone = await PublicAsync("/san-pham/tra-tui-loc-xa-den");
        var bin = await HtmlPage.GetAsync(writer.Client, "/backoffice/thung-rac");
        using var writerEmpties = await writer.PostFormAsync("/backoffice/thung-rac", [], "/backoffice/thung-rac?handler=Empty");
        using var restored = await writer.PostFormAsync("/backoffice/thung-rac", [new("type", "Product"), new("id", id.ToString())], "/backoffice/thung-rac?handler=Restore");
        var binAfter = await HtmlPage.GetAsync(writer.Client, "/backoffice/thung-rac");
        var list = await HtmlPage.GetAsync(writer.Client, "/backoffice/san-pham?q=tra tui loc");

        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(gone, Is.EqualTo("HTTP 404"));
            Assert.That(bin.MainText, Does.Contain("Trà túi lọc xạ đen"));
            Assert.That(writerEmpties.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(binAfter.MainText, Does.Not.Contain("Trà túi lọc xạ đen"));
            Assert.That(list.MainText, Does.Contain("Trà túi lọc xạ đen").And.Contain("Bản nháp"), "back as a draft, searched without accents");
        });
    }

    [Test]
    public async Task A_new_producer_made_in_the_back_office_is_hidden_until_published()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var form = await FilledForm.ReadAsync(editor.Client, "/backoffice/chu-the/moi", "Form.Name");
        form.Set("Form.Name", "Hợp tác xã Thử nghiệm Biên tập").Set("Form.Province", "An Giang").Set("Form.Kind", "Cooperative");

        using var saved = await editor.PostFormAsync("/backoffice/chu-the/moi", form.WithoutToken(), "/backoffice/chu-the/moi?handler=Save");
        var hidden = await PublicAsync("/chu-the/hop-tac-xa-thu-nghiem-bien-tap");
        var editPath = saved.Headers.Location!.OriginalString;
        var again = await FilledForm.ReadAsync(editor.Client, editPath, "Form.Name");
        using var published = await editor.PostFormAsync(editPath, again.WithoutToken(), editPath + "?handler=Publish");
        var shown = await PublicAsync("/chu-the/hop-tac-xa-thu-nghiem-bien-tap");

        Assert.Multiple(() =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(editPath, Does.StartWith("/backoffice/chu-the/"));
            Assert.That(hidden, Is.EqualTo("HTTP 404"));
            Assert.That(shown, Does.Contain("Hợp tác xã Thử nghiệm Biên tập"));
        });
    }

    [Test]
    public async Task A_producer_limited_writer_may_not_create_producers()
    {
        await using var limited = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [await _factory.ProducerOfAsync("bap-non-dong-hop")]);

        using var response = await limited.Client.GetAsync(new Uri("/backoffice/chu-the/moi", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("/backoffice/san-pham/{product}", "?handler=Save")]
    [TestCase("/backoffice/san-pham/{product}", "?handler=Send")]
    [TestCase("/backoffice/san-pham/{product}", "?handler=Publish")]
    [TestCase("/backoffice/san-pham/{product}", "?handler=Unpublish")]
    [TestCase("/backoffice/san-pham/{product}", "?handler=Delete")]
    [TestCase("/backoffice/san-pham/moi", "?handler=Save")]
    [TestCase("/backoffice/chu-the/{producer}", "?handler=Save")]
    [TestCase("/backoffice/chu-the/{producer}", "?handler=Publish")]
    [TestCase("/backoffice/chu-the/{producer}", "?handler=Delete")]
    [TestCase("/backoffice/lich-su/san-pham/{product}", "?handler=Rollback")]
    [TestCase("/backoffice/lich-su/san-pham/{product}", "?handler=RollbackPublish")]
    [TestCase("/backoffice/lich-su/san-pham/{product}", "?handler=Publish")]
    [TestCase("/backoffice/lich-su/san-pham/{product}", "?handler=Schedule")]
    [TestCase("/backoffice/lich-su/san-pham/{product}", "?handler=Send")]
    [TestCase("/backoffice/thung-rac", "?handler=Restore")]
    [TestCase("/backoffice/thung-rac", "?handler=Purge")]
    [TestCase("/backoffice/thung-rac", "?handler=Empty")]
    public async Task Every_workflow_form_refuses_a_post_without_its_antiforgery_token(string page, string handler)
    {
        var product = await _factory.ProductIdAsync("thot-not-dong-lon");
        var producer = await _factory.ProducerOfAsync("thot-not-dong-lon");
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var path = page.Replace("{product}", product.ToString(), StringComparison.Ordinal).Replace("{producer}", producer.ToString(), StringComparison.Ordinal);

        using var response = await editor.PostWithoutTokenAsync(path + handler,
            [new("Form.Name", "Không có mã chống giả mạo"), new("version", "1"), new("type", "Product"), new("id", product.ToString())]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<string> PublicAsync(string path)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"HTTP {(int)response.StatusCode}";
    }

    private Task<string> NewestSnapshotAsync(Guid id) =>
        _factory.WithDbAsync(db => db.ContentVersions
            .Where(v => v.ItemType == ContentItemType.Product && v.ItemId == id).OrderByDescending(v => v.Number).Select(v => v.Snapshot).FirstAsync());
}
