using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// The back office's editorial journey: a writer uploads a photo to the media library, rewrites a product story in
/// the rich-text editor with that photo in it and sends it for review; an editor finds it in the review queue,
/// previews it and publishes it; the public page shows the new story with the resized photo (never the original);
/// a rollback brings the old one back.
/// </summary>
[TestFixture]
public sealed class StoryReviewJourneyTests : BrowserTest
{
    private const string Slug = "mut-dau-tam";
    private const string OldStory = "Mứt dâu tằm được sên từ trái dâu tằm";
    private const string Heading = "Mùa dâu ở Thoại Sơn";
    private const string NewStory = "Dâu chín hái buổi sáng, sên ngay trong ngày trên bếp củi.";
    private const string PhotoAlt = "Nồi mứt dâu tằm sên trên bếp củi";

    /// <summary>Wider than any story column, so the story must get a resized copy, not this file.</summary>
    private const int PhotoWidth = 2000;

    protected override ViewportSize Viewport => Desktop;

    [Test]
    public async Task A_writers_story_goes_through_review_to_the_public_page_and_a_rollback_restores_the_old_one()
    {
        var id = await ProductIdAsync();
        var writer = await StaffUsers.CreateAsync(StaffRoles.Writer);
        var editor = await StaffUsers.CreateAsync(StaffRoles.Editor);

        // The writer, in this test's browser context.
        await BackOfficePage.SignInAsync(Page, writer, StaffUsers.Password);
        var upload = await MediaUploadPage.OpenAsync(Page);
        var photoId = await upload.UploadAsync("noi-mut.jpg", await TestPhotos.JpegAsync(PhotoWidth, 1500), PhotoAlt);
        var form = await ProductEditorPage.OpenAsync(Page, id);
        await form.ReplaceStoryAsync(Heading, NewStory);
        var pickerThumbnail = await form.InsertImageFromLibraryAsync(PhotoAlt);
        await form.SendForReviewAsync();
        var publicWhileInReview = await PublicStoryAsync();

        // The editor, in a context of their own (own cookies).
        await using var editorContext = await BrowserRun.Browser.NewContextAsync(ContextOptions());
        var editorPage = await editorContext.NewPageAsync();
        await BackOfficePage.SignInAsync(editorPage, editor, StaffUsers.Password);
        var queue = await ReviewQueuePage.OpenAsync(editorPage);
        var waiting = await queue.ItemNamesAsync();
        var preview = await queue.PreviewAsync("Mứt dâu tằm");
        var previewBanner = await editorPage.Locator(".preview-banner").InnerTextAsync();
        var previewStory = await editorPage.Locator("main").InnerTextAsync();
        var previewHeading = await preview.HeadingAsync();
        var previewImages = await StoryImageSourcesAsync(editorPage);
        queue = await ReviewQueuePage.OpenAsync(editorPage);
        var review = await queue.EditAsync("Mứt dâu tằm");
        await review.PublishAsync();
        var publicAfterPublish = await PublicStoryAsync();
        var storyHeading = await PublicPageAsync(p => p.Locator("main h2", new() { HasText = Heading }).CountAsync());
        var publicImages = await PublicPageAsync(StoryImageSourcesAsync);
        var publicAlt = await PublicPageAsync(p => p.Locator(".story img").First.GetAttributeAsync("alt"));
        var photo = publicImages.Count > 0 ? publicImages[0] : "";
        var (photoStatus, photoType) = await PublicPageAsync(async p =>
        {
            var response = await p.APIRequest.GetAsync(photo);
            return (response.Status, response.Headers.GetValueOrDefault("content-type", ""));
        });

        var history = await VersionHistoryPage.OpenAsync(editorPage, "san-pham", id);
        await history.RollbackAndPublishAsync(1);
        var publicAfterRollback = await PublicStoryAsync();
        var imagesAfterRollback = await PublicPageAsync(StoryImageSourcesAsync);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(publicWhileInReview, Does.Contain(OldStory).And.Not.Contain(NewStory), "nothing public changes before review");
            Assert.That(waiting, Does.Contain("Mứt dâu tằm"), "the editor sees it in the review queue");
            Assert.That(previewBanner, Does.Contain("Bản xem trước"));
            Assert.That(previewStory, Does.Contain(NewStory));
            Assert.That(previewHeading, Is.EqualTo("Mứt dâu tằm"), "the preview is the product page itself");
            Assert.That(publicAfterPublish, Does.Contain(NewStory).And.Not.Contain(OldStory));
            Assert.That(storyHeading, Is.EqualTo(1), "the editor's heading is a heading on the public page");
            Assert.That(RenditionWidth(pickerThumbnail, photoId), Is.InRange(1, RenditionWidth(photo, photoId) - 1),
                $"the picker lists the library's small thumbnail, not the photo to insert: {pickerThumbnail}");
            Assert.That(previewImages, Has.Some.StartsWith($"/media/{photoId}/"), "the preview shows the photo");
            Assert.That(publicImages, Has.Count.EqualTo(1), "the story on the public page has the one photo");
            Assert.That(RenditionWidth(photo, photoId), Is.InRange(1, 960), $"a resized copy at most 960 px wide, not the {PhotoWidth}-px original: {photo}");
            Assert.That(publicAlt, Is.EqualTo(PhotoAlt), "the library's alt text travels with the photo");
            Assert.That(photoStatus, Is.EqualTo(200), $"{photo} answers");
            Assert.That(photoType, Is.AnyOf("image/jpeg", "image/webp"));
            Assert.That(imagesAfterRollback, Is.Empty, "the rolled-back story has no photo");
            Assert.That(publicAfterRollback, Does.Contain(OldStory).And.Not.Contain(NewStory));
            await Assertions.Expect(editorPage.Locator(".bo-notice")).ToContainTextAsync("Đã đăng");
        });
    }

    /// <summary>The addresses of the images in a page's story (img src, or each picture's chosen source).</summary>
    private static async Task<IReadOnlyList<string>> StoryImageSourcesAsync(IPage page)
    {
        var sources = await page.Locator(".story img").EvaluateAllAsync<string[]>("images => images.map(i => i.getAttribute('src'))");
        return sources;
    }

    /// <summary>The width in a /media/{id}/{width}.{webp|jpg} address, or 0 when the address is anything else.</summary>
    private static int RenditionWidth(string url, Guid id)
    {
        var match = System.Text.RegularExpressions.Regex.Match(url, $@"^/media/{id}/(\d+)\.(webp|jpg)$");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
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

    private static Task<Guid> ProductIdAsync() =>
        BrowserRun.Site.WithDbAsync(db => db.Products.Where(p => p.Slug == Slug).Select(p => p.Id).SingleAsync());
}
