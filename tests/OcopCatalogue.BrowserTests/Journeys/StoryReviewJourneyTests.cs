using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Web.BackOffice;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// The back office's editorial journey: a writer rewrites a product story in the rich-text editor and sends it for
/// review; an editor finds it in the review queue, previews it and publishes it; the public page shows the new
/// story; a rollback brings the old one back.
/// </summary>
[TestFixture]
public sealed class StoryReviewJourneyTests : BrowserTest
{
    private const string Slug = "mut-dau-tam";
    private const string OldStory = "Mứt dâu tằm được sên từ trái dâu tằm";
    private const string Heading = "Mùa dâu ở Thoại Sơn";
    private const string NewStory = "Dâu chín hái buổi sáng, sên ngay trong ngày trên bếp củi.";

    protected override ViewportSize Viewport => Desktop;

    [Test]
    public async Task A_writers_story_goes_through_review_to_the_public_page_and_a_rollback_restores_the_old_one()
    {
        var id = await ProductIdAsync();
        var writer = await StaffAccountsOnSite.CreateAsync(BrowserRun.Site, StaffRoles.Writer);
        var editor = await StaffAccountsOnSite.CreateAsync(BrowserRun.Site, StaffRoles.Editor);

        // The writer, in this test's browser context.
        await BackOfficePage.SignInAsync(Page, writer, StaffAccountsOnSite.Password);
        var form = await ProductEditorPage.OpenAsync(Page, id);
        await form.ReplaceStoryAsync(Heading, NewStory);
        await form.SendForReviewAsync();
        var publicWhileInReview = await PublicStoryAsync();

        // The editor, in a context of their own (own cookies).
        await using var editorContext = await BrowserRun.Browser.NewContextAsync(ContextOptions());
        var editorPage = await editorContext.NewPageAsync();
        await BackOfficePage.SignInAsync(editorPage, editor, StaffAccountsOnSite.Password);
        var queue = await ReviewQueuePage.OpenAsync(editorPage);
        var waiting = await queue.ItemNamesAsync();
        var preview = await queue.PreviewAsync("Mứt dâu tằm");
        var previewBanner = await editorPage.Locator(".preview-banner").InnerTextAsync();
        var previewStory = await editorPage.Locator("main").InnerTextAsync();
        var previewHeading = await preview.HeadingAsync();
        queue = await ReviewQueuePage.OpenAsync(editorPage);
        var review = await queue.EditAsync("Mứt dâu tằm");
        await review.PublishAsync();
        var publicAfterPublish = await PublicStoryAsync();
        var storyHeading = await PublicPageAsync(p => p.Locator("main h2", new() { HasText = Heading }).CountAsync());

        var history = await VersionHistoryPage.OpenAsync(editorPage, "san-pham", id);
        await history.RollbackAndPublishAsync(1);
        var publicAfterRollback = await PublicStoryAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(publicWhileInReview, Does.Contain(OldStory).And.Not.Contain(NewStory), "nothing public changes before review");
            Assert.That(waiting, Does.Contain("Mứt dâu tằm"), "the editor sees it in the review queue");
            Assert.That(previewBanner, Does.Contain("Bản xem trước"));
            Assert.That(previewStory, Does.Contain(NewStory));
            Assert.That(previewHeading, Is.EqualTo("Mứt dâu tằm"), "the preview is the product page itself");
            Assert.That(publicAfterPublish, Does.Contain(NewStory).And.Not.Contain(OldStory));
            Assert.That(storyHeading, Is.EqualTo(1), "the editor's heading is a heading on the public page");
            Assert.That(publicAfterRollback, Does.Contain(OldStory).And.Not.Contain(NewStory));
            await Assertions.Expect(editorPage.Locator(".bo-notice")).ToContainTextAsync("Đã đăng");
        });
    }

    /// <summary>The public product page's main text, read by a visitor with no back-office cookie.</summary>
    private Task<string> PublicStoryAsync() => PublicPageAsync(p => p.Locator("main").InnerTextAsync());

    private async Task<T> PublicPageAsync<T>(Func<IPage, Task<T>> read)
    {
        await using var visitor = await BrowserRun.Browser.NewContextAsync(ContextOptions());
        var page = await visitor.NewPageAsync();
        var (_, status) = await ProductPage.OpenAsync(page, Slug);
        Assert.That(status, Is.EqualTo(200));
        return await read(page);
    }

    private static async Task<Guid> ProductIdAsync()
    {
        await using var scope = BrowserRun.Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OcopDbContext>().Products.Where(p => p.Slug == Slug).Select(p => p.Id).SingleAsync();
    }
}
