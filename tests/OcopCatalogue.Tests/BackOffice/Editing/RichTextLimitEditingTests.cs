using System.Diagnostics;
using System.Net;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Editing;

/// <summary>Stories nested too deep or too long for the store, posted to the edit pages that take rich text.</summary>
public sealed class RichTextLimitEditingTests : EditingFixture
{
    private const string TooDeepMessage = "Nội dung lồng nhau quá nhiều tầng";
    private const string TooLongMessage = "Nội dung quá dài";

    /// <summary>20,000 nested blocks: about 100 KB, well under the request limit, seconds of parsing on the old code.</summary>
    private static readonly string DeepStory = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "Câu chuyện";

    private static List<KeyValuePair<string, string>> PageFields(string title, string body) =>
    [
        new("Form.Title", title),
        new("Form.Summary", "Tóm tắt vẫn giữ nguyên."),
        new("Form.MenuOrder", "5"),
        new("Form.BodyHtml", body),
    ];

    /// <summary>The validation message the form writes right after the rich-text editor of <paramref name="field"/>, or null.</summary>
    private static string? MessageBeside(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector($"[name='{field}']")?.Closest(".bo-richtext")?.NextElementSibling is { } next && next.ClassList.Contains("field-validation-error")
            ? next.TextContent
            : null;

    [Test]
    public async Task A_page_body_nested_too_deep_comes_back_quickly_with_a_message_beside_it_and_what_was_typed()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);

        var watch = Stopwatch.StartNew();
        using var response = await PostAsync(writer, "/backoffice/trang/moi", "Save", PageFields("Trang lồng sâu", DeepStory));
        watch.Stop();
        var page = await DocumentAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
            Assert.That(MessageBeside(page, "Form.BodyHtml"), Does.StartWith(TooDeepMessage));
            Assert.That(page.QuerySelector("#Form_Title")?.GetAttribute("value"), Is.EqualTo("Trang lồng sâu"));
            Assert.That(page.QuerySelector("#Form_Summary")?.GetAttribute("value") ?? page.QuerySelector("#Form_Summary")?.TextContent,
                Is.EqualTo("Tóm tắt vẫn giữ nguyên."));
            Assert.That(page.QuerySelector("#body")?.GetAttribute("value"), Is.EqualTo(DeepStory), "the editor gets the body back as typed");
        });
    }

    [Test]
    public async Task A_page_body_longer_than_the_limit_is_refused_with_a_message_beside_it()
    {
        await using var writer = await SignInAsync(StaffRoles.Writer);
        var longBody = string.Concat(Enumerable.Repeat("<div>Một đoạn văn khá dài về sản phẩm OCOP của tỉnh.</div>", 5_000));

        using var response = await PostAsync(writer, "/backoffice/trang/moi", "Save", PageFields("Trang quá dài", longBody));
        var page = await DocumentAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageBeside(page, "Form.BodyHtml"), Does.StartWith(TooLongMessage));
            Assert.That(page.QuerySelector("#Form_Title")?.GetAttribute("value"), Is.EqualTo("Trang quá dài"));
        });
    }

    [Test]
    public async Task A_product_story_nested_too_deep_is_refused_beside_its_field_on_save_and_a_row_button_answers_quickly()
    {
        var id = await Site.ProductIdAsync("tra-tui-loc-xa-den");
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        form.Set("Form.StoryHtmlEn", DeepStory);

        var watch = Stopwatch.StartNew();
        using var row = await editor.PostFormAsync(edit, form.WithoutToken().Append(new("row", "gallery:add:0")), edit + "?handler=Row");
        var rowTime = watch.Elapsed;
        watch.Restart();
        using var saved = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Save");
        var saveTime = watch.Elapsed;
        var page = await DocumentAsync(saved);

        Assert.Multiple(() =>
        {
            Assert.That(row.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(rowTime, Is.LessThan(TimeSpan.FromSeconds(2)));
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(saveTime, Is.LessThan(TimeSpan.FromSeconds(2)));
            Assert.That(MessageBeside(page, "Form.StoryHtmlEn"), Does.StartWith(TooDeepMessage));
            Assert.That(page.QuerySelector("#story-en")?.GetAttribute("value"), Is.EqualTo(DeepStory));
        });
    }

    [Test]
    public async Task A_producer_story_nested_too_deep_is_refused_beside_its_field()
    {
        var producer = await Site.ProducerOfAsync("tra-tui-loc-xa-den");
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var edit = $"/backoffice/chu-the/{producer}";
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        form.Set("Form.StoryHtml", DeepStory);

        using var saved = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Save");
        var page = await DocumentAsync(saved);

        Assert.Multiple(() =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(MessageBeside(page, "Form.StoryHtml"), Does.StartWith(TooDeepMessage));
        });
    }
}
