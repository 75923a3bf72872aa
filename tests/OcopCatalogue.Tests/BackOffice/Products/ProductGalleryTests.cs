using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Media;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.BackOffice.Products;

/// <summary>The product form's gallery: library photos chosen by key, ordered with row buttons, checked, published as &lt;picture&gt;.</summary>
public sealed class ProductGalleryTests
{
    private const string Alt = "Gói trà xạ đen trên mâm tre";
    private USyncCopy _usync = null!;
    private OcopWebFactory _factory = null!;
    private VipsImages _images = null!;
    private MediaItem _photo = null!;
    private MediaItem _second = null!;

    [OneTimeSetUp]
    public async Task StartSiteWithTwoPhotos()
    {
        _usync = USyncCopy.OfRepository();
        _factory = new OcopWebFactory(_usync.Path);
        _images = new VipsImages();
        _photo = await MediaUploads.ReadyAsync(_factory, await File.ReadAllBytesAsync(await _images.PhotoAsync("goi-tra.jpg", 1000, 750)), "goi-tra.jpg", Alt);
        _second = await MediaUploads.ReadyAsync(_factory, await File.ReadAllBytesAsync(await _images.PhotoAsync("hop-tra.jpg", 800, 800)), "hop-tra.jpg", "Hộp trà nhìn từ trên xuống");
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _factory.Dispose();
        _images.Dispose();
        _usync.Dispose();
    }

    [Test]
    public async Task A_published_gallery_photo_shows_on_the_product_page_as_a_picture_with_srcset_in_the_chosen_order()
    {
        var id = await _factory.ProductIdAsync("tra-tui-loc-xa-den");
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";

        // Two rows through the add button, the second photo first, then moved down with the row button.
        var form = await FilledForm.ReadAsync(editor.Client, edit, "Form.Name");
        using var added = await editor.PostFormAsync(edit, form.WithoutToken().Append(new("row", "gallery:add:0")), edit + "?handler=Row");
        var oneRow = await ReadFormAsync(added);
        oneRow.Set("Form.Gallery[0].Media", _second.Id.ToString());
        using var addedAgain = await editor.PostFormAsync(edit, oneRow.WithoutToken().Append(new("row", "gallery:add:1")), edit + "?handler=Row");
        var twoRows = await ReadFormAsync(addedAgain);
        twoRows.Set("Form.Gallery[1].Media", _photo.Id.ToString()).Set("Form.Gallery[1].Alt", "Trà túi lọc xạ đen, gói giấy kraft");
        using var moved = await editor.PostFormAsync(edit, twoRows.WithoutToken().Append(new("row", "gallery:up:1")), edit + "?handler=Row");
        var ordered = await ReadFormAsync(moved);
        var publicBefore = await PublicAsync("/san-pham/tra-tui-loc-xa-den");
        using var published = await editor.PostFormAsync(edit, ordered.WithoutToken(), edit + "?handler=Publish");

        using var visitor = _factory.CreateClient();
        var page = await HtmlPage.GetAsync(visitor, "/san-pham/tra-tui-loc-xa-den");
        var main = page.Document.QuerySelector(".product-media picture.media-picture img");
        var thumb = page.Document.QuerySelector(".product-media .thumbs picture img");
        Assert.Multiple(() =>
        {
            Assert.That(ordered["Form.Gallery[0].Media"], Is.EqualTo(_photo.Id.ToString()), "the up button moved the photo first");
            Assert.That(publicBefore, Does.Not.Contain($"/media/{_photo.Id}/"), "row buttons save nothing");
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(main?.GetAttribute("srcset"), Does.Contain($"/media/{_photo.Id}/320.jpg 320w"), "the main photo is the first row, in responsive sizes");
            Assert.That(main?.ParentElement?.QuerySelector("source[type='image/webp']")?.GetAttribute("srcset"), Does.Contain($"/media/{_photo.Id}/640.webp 640w"));
            Assert.That(main?.GetAttribute("alt"), Is.EqualTo("Trà túi lọc xạ đen, gói giấy kraft"), "the row's own alt text replaces the library's");
            Assert.That(thumb?.GetAttribute("srcset"), Does.Contain($"/media/{_second.Id}/"), "the second row is the second photo");
            Assert.That(thumb?.GetAttribute("alt"), Is.EqualTo("Hộp trà nhìn từ trên xuống"), "no alt override: the library's alt text");
        });
    }

    [Test]
    public async Task A_gallery_key_that_is_not_a_ready_library_photo_comes_back_with_a_message_and_nothing_is_saved()
    {
        var id = await _factory.ProductIdAsync("siro-atiso-do");
        var processing = await AddMediaAsync(MediaState.Processing);
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var edit = $"/backoffice/san-pham/{id}";
        var versionsBefore = await VersionCountAsync(id);

        var form = await FilledForm.ReadAsync(writer.Client, edit, "Form.Name");
        form.Set("Form.Gallery[0].Media", Guid.NewGuid().ToString())
            .Set("Form.Gallery[1].Media", processing.ToString())
            .Set("Form.Gallery[2].Media", "không-phải-mã")
            .Set("Form.Gallery[3].Path", "https://evil.example/anh.jpg").Set("Form.Gallery[3].Alt", "Ảnh lạ");
        using var saved = await writer.PostFormAsync(edit, form.WithoutToken(), edit + "?handler=Save");
        var page = await HtmlPage.ParseAsync(saved);
        var versionsAfter = await VersionCountAsync(id);

        Assert.Multiple(() =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Message(page, 0), Does.Contain("Không có ảnh này trong thư viện"));
            Assert.That(Message(page, 1), Does.Contain("chưa xử lý xong"));
            Assert.That(Message(page, 2), Does.Contain("Không có ảnh này trong thư viện"));
            Assert.That(Message(page, 3), Does.Contain("Hãy chọn một ảnh"), "a path the product never had");
            Assert.That(versionsAfter, Is.EqualTo(versionsBefore));
        });
    }

    [Test]
    public async Task A_producer_limited_writer_is_neither_offered_nor_allowed_a_library_photo_it_may_not_see()
    {
        var id = await _factory.ProductIdAsync("tra-tui-loc-xa-den");
        var producer = (await _factory.ProductAsync(id)).ProducerId!.Value;

        await using var limited = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, [producer]);
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var edit = $"/backoffice/san-pham/{id}";

        async Task<string> OfferedAsync(BackOfficeSession staff)
        {
            var form = await FilledForm.ReadAsync(staff.Client, edit, "Form.Name");
            using var added = await staff.PostFormAsync(edit, form.WithoutToken().Append(new("row", "gallery:add:0")), edit + "?handler=Row");
            return await added.Content.ReadAsStringAsync();
        }

        var offeredToEditor = await OfferedAsync(editor);
        var offeredToLimited = await OfferedAsync(limited);
        var versionsBefore = await VersionCountAsync(id);
        var typed = await FilledForm.ReadAsync(limited.Client, edit, "Form.Name");
        typed.Set("Form.Gallery[0].Media", _photo.Id.ToString()).Set("Form.Gallery[0].Alt", "Ảnh của người khác");
        using var saved = await limited.PostFormAsync(edit, typed.WithoutToken(), edit + "?handler=Save");
        var page = await HtmlPage.ParseAsync(saved);

        Assert.Multiple(async () =>
        {
            Assert.That(offeredToEditor, Does.Contain($"value=\"{_photo.Id}\""), "the picker offers library photos");
            Assert.That(offeredToLimited, Does.Not.Contain(_photo.Id.ToString()), "the same rule as the library's own pages");
            Assert.That(Message(page, 0), Does.Contain("Không có ảnh này trong thư viện"));
            Assert.That(await VersionCountAsync(id), Is.EqualTo(versionsBefore));
        });
    }

    /// <summary>The message beside a gallery row's photo list (client-validation attributes are off, so found by position).</summary>
    private static string? Message(HtmlPage page, int row) =>
        page.Document.QuerySelector($"#gallery-media-{row}")?.NextElementSibling?.TextContent;

    private static async Task<FilledForm> ReadFormAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a row button answers with the form");
        return await FilledForm.ParseAsync(await response.Content.ReadAsStringAsync(), "Form.Name");
    }

    private async Task<string> PublicAsync(string path)
    {
        using var client = _factory.CreateClient();
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }

    private async Task<Guid> AddMediaAsync(MediaState state)
    {
        var item = new MediaItem
        {
            Id = Guid.NewGuid(), OriginalFileName = "dang-xu-ly.jpg", Format = MediaFormat.Jpeg, Width = 800, Height = 600,
            ByteSize = 1000, Alt = "Ảnh đang xử lý", SearchText = "anh dang xu ly", UploadedBy = "tester", UploadedAt = DateTimeOffset.UtcNow, State = state,
        };
        await _factory.SaveAsync(item);
        return item.Id;
    }

    private Task<int> VersionCountAsync(Guid id) => _factory.WithDbAsync(db => db.ContentVersions.CountAsync(v => v.ItemId == id));
}
