using System.Net;
using OcopCatalogue.Tests.Editorial;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice;

namespace OcopCatalogue.Tests.Caching;

/// <summary>The page cache with the back office's editorial workflow on a copy of uSync/: what editors do shows at once, drafts never.</summary>
public sealed class CachedPagesFollowTheWorkflowTests : WorkflowFixture
{
    [Test]
    public async Task A_cached_product_page_shows_an_editors_publish_at_once_and_never_a_draft_or_its_preview()
    {
        const string slug = "buoi-da-xanh-long-my";
        var page = "/san-pham/" + slug;
        var id = await Factory.ProductIdAsync(slug);
        using var visitor = PageCachingTests.Anonymous(Factory);
        await PageCachingTests.GetAsync(visitor, page);
        var cached = await PageCachingTests.GetAsync(visitor, page);
        await using var editor = await BackOfficeSession.SignInAsync(Factory, StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";
        var preview = $"/backoffice/xem-truoc/san-pham/{id}";

        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        form.Set("Form.StoryHtml", "<div>Bản nháp chưa xuất bản về bưởi.</div>");
        using var saved = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Save");
        var previewed = await PageCachingTests.GetAsync(editor.Client, preview);
        var previewedAgain = await PageCachingTests.GetAsync(editor.Client, preview);
        var afterDraft = await PageCachingTests.GetAsync(visitor, page);
        using var anonymousPreview = await visitor.GetAsync(new Uri(preview, UriKind.Relative));

        form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        form.Set("Form.StoryHtml", "<div>Câu chuyện mới đã xuất bản về bưởi.</div>");
        using var published = await editor.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Publish");
        var afterPublish = await PageCachingTests.GetAsync(visitor, page);

        Assert.Multiple(() =>
        {
            Assert.That(cached.Age, Is.Not.Null, "the public page was cached");
            Assert.That(previewed.Html, Does.Contain("Bản nháp chưa xuất bản"));
            Assert.That(previewedAgain.Age, Is.Null, "a preview is rendered each time");
            Assert.That(afterDraft.Html, Does.Not.Contain("Bản nháp chưa xuất bản"), "a saved draft is not public");
            Assert.That(anonymousPreview.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(anonymousPreview.Headers.Location?.AbsolutePath, Is.EqualTo(BackOfficeExtensions.SignInPath));
            Assert.That(afterPublish.Age, Is.Null, "the publish evicted the cached page");
            Assert.That(afterPublish.Html, Does.Contain("Câu chuyện mới đã xuất bản về bưởi."));
        });
    }
}
