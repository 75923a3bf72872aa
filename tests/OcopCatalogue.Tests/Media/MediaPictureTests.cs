using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Media;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Media;

/// <summary>
/// Public pages show library photos as &lt;picture&gt; with srcset and sizes; products and sales points name them
/// by key in their uSync files.
/// </summary>
public sealed class MediaPictureTests
{
    private const string ProductFile = "products/tra-xa-den.json";
    private const string ShowroomFile = "sales-points/diem-gioi-thieu-san-pham-ocop-my-long.json";
    private const string Alt = "Hộp trà xạ đen 100 g trên bàn gỗ";
    private const string AltEn = "A 100 g box of black tea on a wooden table";

    private USyncCopy _usync = null!;
    private OcopWebFactory _factory = null!;
    private VipsImages _images = null!;
    private HttpClient _client = null!;
    private MediaItem _photo = null!;
    private MediaItem _second = null!;
    private ImportReport _import = null!;

    [OneTimeSetUp]
    public async Task PhotographTheTeaAndTheShowroom()
    {
        _usync = USyncCopy.OfRepository();
        _factory = new OcopWebFactory(_usync.Path);
        _images = new VipsImages();
        _client = _factory.CreateClient();
        _photo = await MediaUploads.ReadyAsync(_factory, await File.ReadAllBytesAsync(await _images.PhotoAsync("tea.jpg", 1000, 750)), "tea.jpg", Alt, AltEn);
        _second = await MediaUploads.ReadyAsync(_factory, await File.ReadAllBytesAsync(await _images.PhotoAsync("box.png", 600, 600)), "box.png", "Mặt sau hộp trà");
        _usync.Edit(ProductFile, json => json["images"] = new JsonArray(
            new JsonObject { ["path"] = "", ["alt"] = "", ["media"] = _photo.Id.ToString() },
            new JsonObject { ["path"] = "", ["alt"] = "", ["media"] = _second.Id.ToString() }));
        _usync.Edit(ShowroomFile, json => json["photos"] = new JsonArray(
            new JsonObject { ["path"] = "", ["alt"] = "", ["media"] = _photo.Id.ToString() }));
        _import = await _factory.ImportAsync();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        _images.Dispose();
        _usync.Dispose();
    }

    [Test]
    public void Files_naming_media_by_key_import_without_problems()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_import.Problems, Is.Empty);
            Assert.That(_import.ChangedAnything, Is.True);
        });
    }

    [Test]
    public async Task The_product_page_shows_the_photo_as_a_picture_with_WebP_and_JPEG_srcsets_and_its_size()
    {
        var page = await HtmlPage.GetAsync(_client, "/san-pham/tra-xa-den");
        var picture = page.Document.QuerySelector(".product-media picture.media-picture")!;
        var source = picture.QuerySelector("source")!;
        var img = picture.QuerySelector("img")!;
        var prefix = $"/media/{_photo.Id}/";

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(source.GetAttribute("type"), Is.EqualTo("image/webp"));
            Assert.That(source.GetAttribute("srcset"), Is.EqualTo($"{prefix}320.webp 320w, {prefix}640.webp 640w, {prefix}960.webp 960w"));
            Assert.That(img.GetAttribute("srcset"), Is.EqualTo($"{prefix}320.jpg 320w, {prefix}640.jpg 640w, {prefix}960.jpg 960w"));
            Assert.That(source.GetAttribute("sizes"), Is.EqualTo(img.GetAttribute("sizes")).And.Contain("100vw"));
            Assert.That(img.GetAttribute("src"), Is.EqualTo(prefix + "960.jpg"));
            Assert.That((img.GetAttribute("width"), img.GetAttribute("height")), Is.EqualTo(("960", "720")));
            Assert.That(img.GetAttribute("alt"), Is.EqualTo(Alt));
            Assert.That(img.ClassName, Is.EqualTo("product-photo"));
            Assert.That(page.MainText, Does.Not.Contain("Chưa có ảnh"), "no 'no photo yet' note under a real photo");
        });
    }

    [Test]
    public async Task The_second_photo_is_a_thumbnail_of_its_own_width_set()
    {
        var page = await HtmlPage.GetAsync(_client, "/san-pham/tra-xa-den");
        var thumb = page.Document.QuerySelector(".thumbs picture img")!;

        Assert.Multiple(() =>
        {
            Assert.That(thumb.GetAttribute("srcset"), Is.EqualTo($"/media/{_second.Id}/320.jpg 320w"));
            Assert.That(thumb.GetAttribute("sizes"), Is.EqualTo("6rem"));
            Assert.That(thumb.GetAttribute("loading"), Is.EqualTo("lazy"));
            Assert.That(thumb.GetAttribute("alt"), Is.EqualTo("Mặt sau hộp trà"));
        });
    }

    [Test]
    public async Task Every_address_a_page_offers_is_served()
    {
        var page = await HtmlPage.GetAsync(_client, "/san-pham/tra-xa-den");
        var urls = page.Document.QuerySelectorAll("picture source, picture img")
            .SelectMany(e => (e.GetAttribute("srcset") ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split(' ')[0])
                .Append(e.GetAttribute("src") ?? ""))
            .Where(u => u.Length > 0)
            .Distinct()
            .ToList();

        Assert.That(urls, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var url in urls)
        {
            using var response = await _client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        }
    }

    [Test]
    public async Task The_English_page_uses_the_English_alt_text()
    {
        var page = await HtmlPage.GetAsync(_client, "/en/products/tra-xa-den");
        var img = page.Document.QuerySelector(".product-media picture img")!;

        Assert.Multiple(() =>
        {
            Assert.That(img.GetAttribute("alt"), Is.EqualTo(AltEn));
            Assert.That(img.GetAttribute("lang"), Is.Null);
        });
    }

    [Test]
    public async Task The_English_page_marks_a_Vietnamese_alt_text_as_Vietnamese()
    {
        var page = await HtmlPage.GetAsync(_client, "/en/products/tra-xa-den");
        var thumb = page.Document.QuerySelector(".thumbs picture img")!;

        Assert.Multiple(() =>
        {
            Assert.That(thumb.GetAttribute("alt"), Is.EqualTo("Mặt sau hộp trà"));
            Assert.That(thumb.GetAttribute("lang"), Is.EqualTo("vi"));
        });
    }

    [Test]
    public async Task Structured_data_names_a_large_JPEG_of_the_photo()
    {
        var page = await HtmlPage.GetAsync(_client, "/san-pham/tra-xa-den");
        var json = JsonNode.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent)!;

        Assert.That(json.ToJsonString(), Does.Contain($"/media/{_photo.Id}/960.jpg"));
    }

    [Test]
    public async Task The_catalogue_card_shows_a_small_picture()
    {
        // Twelve cards a page, in name order: "Trà Xạ đen" is on the second.
        var page = await HtmlPage.GetAsync(_client, "/san-pham?trang=2");
        var card = page.Document.QuerySelectorAll("article.card").Single(c => c.QuerySelector("a")?.GetAttribute("href") == "/san-pham/tra-xa-den");
        var img = card.QuerySelector("picture img.card-img")!;

        Assert.Multiple(() =>
        {
            Assert.That(img.GetAttribute("src"), Is.EqualTo($"/media/{_photo.Id}/320.jpg"));
            Assert.That(img.GetAttribute("sizes"), Does.StartWith("(max-width: 35.99rem) 6.5rem"));
            Assert.That(img.GetAttribute("loading"), Is.EqualTo("lazy"));
        });
    }

    [Test]
    public async Task The_sales_point_page_shows_its_photo()
    {
        var page = await HtmlPage.GetAsync(_client, "/diem-ban/diem-gioi-thieu-san-pham-ocop-my-long");
        var img = page.Document.QuerySelector(".photo-list picture img")!;

        Assert.Multiple(() =>
        {
            Assert.That(img.GetAttribute("src"), Is.EqualTo($"/media/{_photo.Id}/640.jpg"));
            Assert.That(img.GetAttribute("alt"), Is.EqualTo(Alt));
        });
    }

    [Test]
    public async Task Export_writes_the_media_keys_back_byte_for_byte()
    {
        var target = Directory.CreateTempSubdirectory("ocop-export-").FullName;
        try
        {
            await _factory.ExportAsync(target);

            Assert.Multiple(() =>
            {
                Assert.That(File.ReadAllText(Path.Combine(target, ProductFile)), Is.EqualTo(_usync.Read(ProductFile)));
                Assert.That(File.ReadAllText(Path.Combine(target, ShowroomFile)), Is.EqualTo(_usync.Read(ShowroomFile)));
                Assert.That(_usync.Read(ProductFile), Does.Contain($"\"media\": \"{_photo.Id}\""));
            });
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Test]
    public async Task Pages_showing_library_photos_are_valid_html()
    {
        var errors = await ValidHtml.ErrorsAsync(_client,
            ["/san-pham/tra-xa-den", "/en/products/tra-xa-den", "/san-pham?trang=2", "/diem-ban/diem-gioi-thieu-san-pham-ocop-my-long"]);

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }

    [Test]
    public async Task The_pages_showing_a_photo_are_found_for_the_content_notification()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().UsersOfAsync(_photo.Id, CancellationToken.None);

        Assert.That(users, Is.EquivalentTo(new[]
        {
            new ContentItemRef(ContentItemType.Product, Guid.Parse("1e4a4d0c-7b7a-46f2-859d-4ed0911910fb")),
            new ContentItemRef(ContentItemType.SalesPoint, Guid.Parse("add66a5d-dfcd-4b28-b1b9-f5643319f4fb")),
        }));
    }
}
