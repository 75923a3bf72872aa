using System.Net;
using System.Net.Http.Headers;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

/// <summary>The public addresses of renditions: what is served, how it is cached, and what is not there.</summary>
public sealed class MediaServingTests
{
    private OcopWebFactory _factory = null!;
    private VipsImages _images = null!;
    private HttpClient _client = null!;
    private MediaItem _photo = null!;

    [OneTimeSetUp]
    public async Task UploadOnePhoto()
    {
        _factory = new OcopWebFactory();
        _images = new VipsImages();
        _client = _factory.CreateClient();
        _photo = await MediaUploads.ReadyAsync(_factory, await File.ReadAllBytesAsync(await _images.PhotoAsync("served.jpg", 1000, 750)), "served.jpg");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        _images.Dispose();
    }

    private string Url(string file) => $"/media/{_photo.Id}/{file}";

    [TestCase("320.webp", "image/webp")]
    [TestCase("960.webp", "image/webp")]
    [TestCase("640.jpg", "image/jpeg")]
    public async Task A_rendition_is_served_with_its_type_a_year_of_immutable_caching_and_an_ETag(string file, string type)
    {
        using var response = await _client.GetAsync(Url(file));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(type));
            Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("public, max-age=31536000, immutable"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(bytes, Is.EqualTo(File.ReadAllBytes(MediaUploads.Store(_factory).RenditionPath(_photo.Id, MediaRendition.Parse(file)!))));
        });
    }

    [Test]
    public async Task Asking_again_with_the_ETag_answers_304_without_a_body()
    {
        using var first = await _client.GetAsync(Url("640.webp"));
        using var again = new HttpRequestMessage(HttpMethod.Get, Url("640.webp"));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await _client.SendAsync(again);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
        });
    }

    [TestCase("1280.webp")]
    [TestCase("1920.jpg")]
    [TestCase("500.webp")]
    [TestCase("0640.webp")]
    [TestCase("640.png")]
    [TestCase("640.WEBP")]
    [TestCase("640.webp.jpg")]
    [TestCase("-640.jpg")]
    [TestCase("99999999999.jpg")]
    [TestCase("original.jpg")]
    public async Task A_width_or_format_not_made_for_the_photo_is_not_found(string file)
    {
        using var response = await _client.GetAsync(Url(file));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("/media/00000000-0000-0000-0000-000000000001/640.webp")]
    [TestCase("/media/not-a-guid/640.webp")]
    [TestCase("/media/../data/ocop.db")]
    [TestCase("/media/")]
    public async Task Unknown_photos_and_odd_addresses_are_not_found(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_original_upload_is_never_served()
    {
        var original = MediaUploads.Store(_factory).OriginalPath(_photo.Id, MediaFormat.Jpeg);

        Assert.That(File.Exists(original), Is.True);
        foreach (var path in new[] { $"/media/{_photo.Id}/1000.jpg", $"/media/originals/{_photo.Id}.jpg", $"/media/{_photo.Id}.jpg" })
        {
            using var response = await _client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
        }
    }

    [Test]
    public async Task A_photo_whose_processing_failed_is_not_served()
    {
        var whole = await File.ReadAllBytesAsync(await _images.PhotoAsync("broken.jpg", 800, 600));
        var failed = (await MediaUploads.UploadAsync(_factory, [.. whole[..(whole.Length / 2)], 0xFF, 0xD9], "broken.jpg")).Item!;

        using var response = await _client.GetAsync($"/media/{failed.Id}/640.jpg");

        Assert.Multiple(() =>
        {
            Assert.That(failed.State, Is.EqualTo(MediaState.Failed));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task A_cleared_cache_is_rebuilt_from_the_original_on_the_next_request()
    {
        var photo = await MediaUploads.ReadyAsync(_factory, await File.ReadAllBytesAsync(await _images.PhotoAsync("rebuilt.png", 700, 500)), "rebuilt.png");
        var store = MediaUploads.Store(_factory);
        Directory.Delete(store.RenditionDirectory(photo.Id), recursive: true);

        using var response = await _client.GetAsync($"/media/{photo.Id}/640.webp");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await response.Content.ReadAsByteArrayAsync()).AsSpan(0, 4).ToArray(), Is.EqualTo("RIFF"u8.ToArray()));
            Assert.That(File.Exists(store.RenditionPath(photo.Id, new MediaRendition(320, MediaFormat.Jpeg))), Is.True, "every size is made again");
        });
    }

    [Test]
    public async Task A_rendition_is_an_image_whatever_the_browser_says_it_accepts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("320.jpg"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await _client.SendAsync(request);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
    }
}
