using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Media;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.Media;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.BackOffice.Media;

/// <summary>The back office's media library pages and JSON listing, through signed-in sessions.</summary>
public sealed class MediaLibraryPagesTests
{
    private const string Library = "/backoffice/thu-vien-anh";
    private const string Upload = "/backoffice/thu-vien-anh/tai-len";
    private static readonly Guid SomeProducer = Guid.Parse("7d1fcab3-12ef-4a9b-a470-bf8745b15401");

    private OcopWebFactory _factory = null!;
    private VipsImages _images = null!;
    private byte[] _jpeg = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new OcopWebFactory();
        _images = new VipsImages();
        _jpeg = await File.ReadAllBytesAsync(await _images.PhotoAsync("upload.jpg", 800, 600));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _images.Dispose();
    }

    private static MultipartFormDataContent Form(byte[]? file, string fileName, string? alt, string? altEn = null, string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, "Photo", fileName);
        }

        form.Add(new StringContent(alt ?? ""), "Alt");
        form.Add(new StringContent(altEn ?? ""), "AltEn");
        return form;
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> DocumentAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        _factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action == action).ToListAsync());

    private Task<int> MediaCountAsync() => _factory.WithDbAsync(db => db.MediaItems.CountAsync());

    [TestCase(Library)]
    [TestCase(Upload)]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string page)
    {
        using var client = BackOfficeSession.NewClient(_factory);

        using var response = await client.GetAsync(page);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/backoffice/dang-nhap"));
        });
    }

    [Test]
    public async Task The_JSON_listing_answers_401_to_anonymous_scripts()
    {
        using var client = BackOfficeSession.NewClient(_factory);

        using var response = await client.GetAsync("/backoffice/api/media");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_writer_uploads_a_photo_which_is_ready_listed_found_without_accents_and_audited()
    {
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        using var form = Form(_jpeg, "tra-xa-den.jpg", "Gói Trà Xạ đen trên bàn", "A pack of black tea");

        using var response = await writer.PostMultipartAsync(Upload, form);
        var location = response.Headers.Location?.OriginalString ?? "";
        var id = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var photoPage = await HtmlPage.GetAsync(writer.Client, location);
        var found = await HtmlPage.GetAsync(writer.Client, Library + "?q=tra+xa+den");
        var audit = (await AuditAsync("media.uploaded")).Where(e => e.ItemId == id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(location, Does.StartWith(Library + "/"));
            Assert.That(photoPage.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(photoPage.Document.QuerySelector("main h1")?.TextContent, Is.EqualTo("Gói Trà Xạ đen trên bàn"));
            Assert.That(photoPage.Document.QuerySelector(".bo-notice")?.TextContent, Is.Not.Empty, "the upload is confirmed");
            Assert.That(photoPage.Document.QuerySelector($"img[src='/media/{id}/640.jpg']"), Is.Not.Null);
            Assert.That(found.Document.QuerySelector($"a[href='{Library}/{id}']"), Is.Not.Null);
            Assert.That(audit.Select(a => (a.UserName, a.ItemType)), Is.EqualTo(new[] { (writer.Email, (ContentItemType?)ContentItemType.Media) }));
            Assert.That(audit.Single().Detail, Does.Contain("tra-xa-den.jpg").And.Contain("Ready"));
        });
    }

    [Test]
    public async Task An_upload_without_alt_text_comes_back_with_a_message_and_the_English_text_kept()
    {
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var before = await MediaCountAsync();
        using var form = Form(_jpeg, "no-alt.jpg", "  ", "Kept English text");

        using var response = await writer.PostMultipartAsync(Upload, form);
        var page = await DocumentAsync(response);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.QuerySelector(".bo-errors")?.TextContent, Does.Contain("Hãy nhập mô tả ảnh"));
            Assert.That(page.QuerySelector("#alt")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
            Assert.That(page.QuerySelector("#alt-en")?.GetAttribute("value"), Is.EqualTo("Kept English text"));
            Assert.That(page.QuerySelector(".bo-notice")?.TextContent, Does.Contain("chọn lại tệp"));
            Assert.That(await MediaCountAsync(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task An_upload_without_a_file_asks_for_one_keeping_the_alt_text()
    {
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        using var form = Form(null, "", "Mô tả đã gõ");

        using var response = await writer.PostMultipartAsync(Upload, form);
        var page = await DocumentAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".bo-errors")?.TextContent, Does.Contain("Hãy chọn một tệp ảnh"));
            Assert.That(page.QuerySelector("#alt")?.GetAttribute("value"), Is.EqualTo("Mô tả đã gõ"));
        });
    }

    [TestCase("shell.jpg", "<?php system($_GET['c']); ?>", "không phải ảnh JPEG, PNG hoặc WebP", "NotAnImage")]
    [TestCase("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "Không nhận ảnh SVG", "Svg")]
    public async Task A_file_that_is_not_an_accepted_image_is_refused_with_its_reason_and_audited(string name, string content, string message, string problem)
    {
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        var before = await MediaCountAsync();
        using var form = Form(Encoding.UTF8.GetBytes(content), name, "Ảnh giả");

        using var response = await writer.PostMultipartAsync(Upload, form);
        var page = await DocumentAsync(response);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.QuerySelector(".bo-errors")?.TextContent, Does.Contain(message));
            Assert.That(page.QuerySelector("#alt")?.GetAttribute("value"), Is.EqualTo("Ảnh giả"));
            Assert.That(await MediaCountAsync(), Is.EqualTo(before));
            Assert.That((await AuditAsync("media.refused")).Select(a => a.Detail), Has.Some.EqualTo($"{name}: {problem}"));
        });
    }

    [Test]
    public async Task A_producer_limited_writer_may_upload_since_media_are_shared()
    {
        await using var limited = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [SomeProducer]);
        using var form = Form(_jpeg, "own.jpg", "Ảnh của cơ sở");

        using var response = await limited.PostMultipartAsync(Upload, form);
        using var ownPage = await limited.Client.GetAsync(response.Headers.Location);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(ownPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_producer_limited_writer_cannot_open_or_change_a_photo_someone_else_uploaded()
    {
        var other = await MediaUploads.ReadyAsync(_factory, _jpeg, "other.jpg", "Ảnh của người khác");
        await using var limited = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer, producers: [SomeProducer]);

        using var open = await limited.Client.GetAsync($"{Library}/{other.Id}");
        // A valid token of the writer's own session, taken from a page they may open, posted to the guessed address.
        using var change = await limited.PostFormAsync(Upload, new Dictionary<string, string> { ["Alt"] = "Đổi trộm" }, postUrl: $"{Library}/{other.Id}");

        Assert.Multiple(async () =>
        {
            Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await FindAsync(other.Id))!.Alt, Is.EqualTo("Ảnh của người khác"));
        });
    }

    [Test]
    public async Task Staff_correct_the_alt_texts_and_the_change_is_audited()
    {
        var photo = await MediaUploads.ReadyAsync(_factory, _jpeg, "fix.jpg", "Ảnh cần sửa");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        using var response = await writer.PostFormAsync($"{Library}/{photo.Id}", new Dictionary<string, string> { ["Alt"] = "Ảnh đã sửa", ["AltEn"] = "Fixed photo" });
        var saved = await FindAsync(photo.Id);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((saved!.Alt, saved.AltEn), Is.EqualTo(("Ảnh đã sửa", "Fixed photo")));
            Assert.That(saved.SearchText, Does.Contain("anh da sua"));
            Assert.That((await AuditAsync("media.alt.changed")).Select(a => a.ItemId), Does.Contain(photo.Id));
        });
    }

    [Test]
    public async Task Emptying_the_alt_text_is_refused_with_a_message_and_changes_nothing()
    {
        var photo = await MediaUploads.ReadyAsync(_factory, _jpeg, "keep.jpg", "Ảnh giữ nguyên");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        using var response = await writer.PostFormAsync($"{Library}/{photo.Id}", new Dictionary<string, string> { ["Alt"] = "", ["AltEn"] = "English kept" });
        var page = await DocumentAsync(response);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.QuerySelector(".bo-errors")?.TextContent, Does.Contain("Hãy nhập mô tả ảnh"));
            Assert.That(page.QuerySelector("#alt-en")?.GetAttribute("value"), Is.EqualTo("English kept"));
            Assert.That((await FindAsync(photo.Id))!.Alt, Is.EqualTo("Ảnh giữ nguyên"));
        });
    }

    [Test]
    public async Task An_unknown_photo_id_is_not_found()
    {
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        using var response = await writer.Client.GetAsync($"{Library}/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Uploads_and_alt_changes_need_the_antiforgery_token()
    {
        var photo = await MediaUploads.ReadyAsync(_factory, _jpeg, "token.jpg", "Ảnh có mã chống giả");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        using var form = Form(_jpeg, "no-token.jpg", "Không có mã");

        using var upload = await writer.Client.PostAsync(new Uri(Upload, UriKind.Relative), form);
        using var change = await writer.PostWithoutTokenAsync($"{Library}/{photo.Id}", new Dictionary<string, string> { ["Alt"] = "Đổi" });

        Assert.Multiple(() =>
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    [Test]
    public async Task The_library_pages_through_its_photos_newest_first()
    {
        var prefix = "trang-" + Guid.NewGuid().ToString("N")[..8];
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await _factory.SaveAsync([.. Enumerable.Range(0, 30).Select(i => new MediaItem
        {
            Id = Guid.NewGuid(), OriginalFileName = $"{prefix}-{i:00}.jpg", Format = MediaFormat.Jpeg, Width = 800, Height = 600,
            ByteSize = 1000, Alt = $"Ảnh số {i}", SearchText = $"anh so {i} {prefix}-{i:00}.jpg", UploadedBy = "seed",
            UploadedAt = start.AddMinutes(i), State = MediaState.Ready,
        })]);

        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        var first = await HtmlPage.GetAsync(writer.Client, $"{Library}?q={prefix}");
        var second = await HtmlPage.GetAsync(writer.Client, $"{Library}?q={prefix}&trang=2");
        var malformed = await HtmlPage.GetAsync(writer.Client, $"{Library}?q={prefix}&trang=abc");
        string[] Names(HtmlPage page) => [.. page.Document.QuerySelectorAll(".bo-media-grid .bo-hint").Select(e => e.TextContent.Split(' ')[0])];

        Assert.Multiple(() =>
        {
            Assert.That(Names(first), Has.Length.EqualTo(24));
            Assert.That(Names(first)[0], Is.EqualTo($"{prefix}-29.jpg"));
            Assert.That(Names(second), Is.EqualTo(Enumerable.Range(0, 6).Reverse().Select(i => $"{prefix}-{i:00}.jpg")));
            Assert.That(second.Document.QuerySelector(".bo-pager")?.TextContent, Does.Contain("2/2"));
            Assert.That(malformed.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Names(malformed), Is.EqualTo(Names(first)));
        });
    }

    [Test]
    public async Task The_JSON_listing_gives_the_editor_ready_photos_with_thumbnails_and_alt_text()
    {
        var ready = await MediaUploads.ReadyAsync(_factory, _jpeg, "json.jpg", "Ảnh cho trình soạn thảo", "Photo for the editor");
        var whole = await File.ReadAllBytesAsync(await _images.PhotoAsync("json-broken.jpg", 640, 480));
        var failed = (await MediaUploads.UploadAsync(_factory, [.. whole[..(whole.Length / 2)], 0xFF, 0xD9], "json-broken.jpg", "Ảnh cho trình soạn thảo hỏng")).Item!;
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);

        using var response = await writer.Client.GetAsync("/backoffice/api/media?q=" + Uri.EscapeDataString("trình soạn thảo") + "&page=x");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(failed.State, Is.EqualTo(MediaState.Failed));
            Assert.That(items.Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { ready.Id }), "failed photos are not offered");
            Assert.That(items[0].GetProperty("alt").GetString(), Is.EqualTo("Ảnh cho trình soạn thảo"));
            Assert.That(items[0].GetProperty("altEn").GetString(), Is.EqualTo("Photo for the editor"));
            Assert.That(items[0].GetProperty("thumbnailUrl").GetString(), Is.EqualTo($"/media/{ready.Id}/320.jpg"));
            Assert.That(items[0].GetProperty("url").GetString(), Is.EqualTo($"/media/{ready.Id}/640.jpg"));
            Assert.That((items[0].GetProperty("width").GetInt32(), items[0].GetProperty("height").GetInt32()), Is.EqualTo((640, 480)));
            Assert.That(response.Headers.GetValues("X-Page"), Is.EqualTo(new[] { "1" }));
            Assert.That(response.Headers.GetValues("X-Total-Count"), Is.EqualTo(new[] { "1" }));
        });
    }

    [Test]
    public async Task The_library_pages_are_valid_html()
    {
        var photo = await MediaUploads.ReadyAsync(_factory, _jpeg, "valid.jpg", "Ảnh kiểm tra HTML");
        await using var writer = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Writer);
        using var refused = await writer.PostMultipartAsync(Upload, Form(Encoding.UTF8.GetBytes("<svg/>"), "x.svg", ""));
        var refusedHtml = await refused.Content.ReadAsStringAsync();

        var errors = await ValidHtml.ErrorsAsync(writer.Client, [Library, Library + "?q=kiem+tra", Upload, $"{Library}/{photo.Id}"],
            new Dictionary<string, string> { ["upload refused"] = refusedHtml });

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }

    private Task<MediaItem?> FindAsync(Guid id) => _factory.WithServiceAsync<MediaLibrary, MediaItem?>(library => library.FindAsync(id, CancellationToken.None));
}
