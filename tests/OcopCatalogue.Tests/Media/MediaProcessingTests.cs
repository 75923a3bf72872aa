using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

/// <summary>Uploads through the library with real libvips runs on images made at test time.</summary>
public sealed class MediaProcessingTests
{
    private OcopWebFactory _factory = null!;
    private VipsImages _images = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new OcopWebFactory();
        _images = new VipsImages();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _factory.Dispose();
        _images.Dispose();
    }

    private MediaStore Store => MediaUploads.Store(_factory);

    private async Task<byte[]> PhotoAsync(string name, int width, int height, string options = "") =>
        await File.ReadAllBytesAsync(await _images.PhotoAsync(name, width, height, options));

    [Test]
    public async Task An_uploaded_photo_loses_its_EXIF_and_GPS_location_in_every_rendition()
    {
        var original = SyntheticImages.WithExif(await PhotoAsync("gps.jpg", 1000, 750), SyntheticImages.GpsExif());
        var input = Path.Combine(_images.Directory, "gps-exif.jpg");
        await File.WriteAllBytesAsync(input, original);
        // The test means something only if libvips itself reads the location from the original.
        Assert.That(await VipsImages.HeaderAsync(input), Does.Contain("GPSLatitude").And.Contain("GPSLongitude"));

        var item = await MediaUploads.ReadyAsync(_factory, original, "gps.jpg");

        var files = Directory.GetFiles(Store.RenditionDirectory(item.Id));
        Assert.That(files, Has.Length.EqualTo(6));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var header = await VipsImages.HeaderAsync(file);
            Assert.Multiple(() =>
            {
                Assert.That(bytes.AsSpan().IndexOf("Exif"u8), Is.EqualTo(-1), file);
                Assert.That(bytes.AsSpan().IndexOf("EXIF"u8), Is.EqualTo(-1), file);
                Assert.That(header, Does.Not.Contain("GPS").And.Not.Contain("exif-"), file);
            });
        }
    }

    [Test]
    public async Task Renditions_are_made_in_WebP_and_JPEG_for_every_width_up_to_the_photo_and_never_enlarged()
    {
        var item = await MediaUploads.ReadyAsync(_factory, await PhotoAsync("wide.jpg", 1000, 750), "wide.jpg");

        var names = Directory.GetFiles(Store.RenditionDirectory(item.Id)).Select(f => Path.GetFileName(f)).Order().ToList();
        Assert.That(names, Is.EqualTo(new[] { "320.jpg", "320.webp", "640.jpg", "640.webp", "960.jpg", "960.webp" }));
        foreach (var name in names)
        {
            using var file = File.OpenRead(Path.Combine(Store.RenditionDirectory(item.Id), name));
            var rendition = MediaInspector.Inspect(file, new MediaOptions());
            var width = int.Parse(name[..name.IndexOf('.', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(rendition, Is.EqualTo(new MediaInspection(name.EndsWith(".webp", StringComparison.Ordinal) ? MediaFormat.WebP : MediaFormat.Jpeg, width, width * 3 / 4, null)), name);
        }
    }

    [Test]
    public async Task A_photo_narrower_than_every_width_is_served_at_its_own_width()
    {
        var item = await MediaUploads.ReadyAsync(_factory, await PhotoAsync("small.png", 200, 100), "small.png");

        var names = Directory.GetFiles(Store.RenditionDirectory(item.Id)).Select(Path.GetFileName).Order();
        Assert.That(names, Is.EqualTo(new[] { "200.jpg", "200.webp" }));
    }

    [Test]
    public async Task PNG_and_WebP_uploads_are_processed_too()
    {
        var png = await MediaUploads.ReadyAsync(_factory, await PhotoAsync("p.png", 700, 400), "p.png");
        var webp = await MediaUploads.ReadyAsync(_factory, await PhotoAsync("w.webp", 700, 400), "w.webp");

        Assert.Multiple(() =>
        {
            Assert.That(png.Format, Is.EqualTo(MediaFormat.Png));
            Assert.That(webp.Format, Is.EqualTo(MediaFormat.WebP));
            Assert.That(File.Exists(Store.RenditionPath(png.Id, new MediaRendition(640, MediaFormat.Jpeg))), Is.True);
            Assert.That(File.Exists(Store.RenditionPath(webp.Id, new MediaRendition(640, MediaFormat.WebP))), Is.True);
        });
    }

    [Test]
    public async Task A_transparent_PNG_is_laid_on_white_in_its_JPEG_renditions()
    {
        var png = await File.ReadAllBytesAsync(await _images.TransparentPngAsync("clear.png", 400, 300));

        var item = await MediaUploads.ReadyAsync(_factory, png, "clear.png");

        Assert.That(await VipsImages.PixelAsync(Store.RenditionPath(item.Id, new MediaRendition(320, MediaFormat.Jpeg)), 5, 5), Is.EqualTo("255 255 255"));
    }

    [Test]
    public async Task A_photo_turned_by_its_EXIF_orientation_is_stored_and_rendered_upright()
    {
        var sideways = SyntheticImages.WithExif(await PhotoAsync("side.jpg", 1200, 800), SyntheticImages.OrientationExif(6));

        var item = await MediaUploads.ReadyAsync(_factory, sideways, "side.jpg");
        using var rendition = File.OpenRead(Store.RenditionPath(item.Id, new MediaRendition(640, MediaFormat.Jpeg)));

        Assert.Multiple(() =>
        {
            Assert.That((item.Width, item.Height), Is.EqualTo((800, 1200)));
            Assert.That(MediaInspector.Inspect(rendition, new MediaOptions()), Is.EqualTo(new MediaInspection(MediaFormat.Jpeg, 640, 960, null)));
        });
    }

    [Test]
    public async Task A_truncated_JPEG_is_refused_and_nothing_is_stored()
    {
        var whole = await PhotoAsync("cut.jpg", 800, 600);
        var before = await CountAsync();

        var result = await MediaUploads.UploadAsync(_factory, whole[..(whole.Length / 2)], "cut.jpg");

        Assert.Multiple(async () =>
        {
            Assert.That(result.Problem, Is.EqualTo(MediaProblem.Truncated));
            Assert.That(result.Item, Is.Null);
            Assert.That(await CountAsync(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task A_truncated_JPEG_patched_with_an_end_marker_is_reported_as_failed_processing()
    {
        // The inspector sees an end-of-image marker; only the decoder can tell the data stops short.
        var whole = await PhotoAsync("patched.jpg", 800, 600);
        byte[] patched = [.. whole[..(whole.Length / 2)], 0xFF, 0xD9];

        var result = await MediaUploads.UploadAsync(_factory, patched, "patched.jpg");

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(MediaProblem.ProcessingFailed));
            Assert.That(result.Item?.State, Is.EqualTo(MediaState.Failed));
            Assert.That(result.Item?.ProcessingError, Does.Contain("libvips"));
            Assert.That(Directory.Exists(Store.RenditionDirectory(result.Item!.Id)), Is.False, "no renditions of a failed photo");
        });
    }

    [Test]
    public async Task A_50_megapixel_image_is_refused_before_libvips_sees_it()
    {
        var result = await MediaUploads.UploadAsync(_factory, SyntheticImages.Png(8660, 5774), "huge.png");

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(MediaProblem.TooManyPixels));
            Assert.That(result.Processing, Is.Null);
        });
    }

    [Test]
    public async Task A_PHP_script_renamed_jpg_is_refused_and_not_stored()
    {
        var before = Directory.GetFiles(Store.Originals).Length;

        var result = await MediaUploads.UploadAsync(_factory, Encoding.UTF8.GetBytes("<?php echo shell_exec($_GET['c']); ?>"), "anh.jpg");

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(MediaProblem.NotAnImage));
            Assert.That(Directory.GetFiles(Store.Originals), Has.Length.EqualTo(before));
        });
    }

    [Test]
    public async Task A_path_traversal_file_name_is_kept_for_display_only_and_the_file_stored_under_its_id()
    {
        var outside = Path.Combine(_factory.DataDirectory, "pwned.jpg");

        var item = await MediaUploads.ReadyAsync(_factory, await PhotoAsync("t.jpg", 400, 300), "../../../pwned.jpg");

        Assert.Multiple(() =>
        {
            Assert.That(item.OriginalFileName, Is.EqualTo("pwned.jpg"));
            Assert.That(File.Exists(Store.OriginalPath(item.Id, MediaFormat.Jpeg)), Is.True);
            Assert.That(Path.GetFileName(Store.OriginalPath(item.Id, MediaFormat.Jpeg)), Is.EqualTo(item.Id + ".jpg"));
            Assert.That(File.Exists(outside), Is.False);
            Assert.That(Directory.GetFiles(_factory.DataDirectory, "pwned*", SearchOption.AllDirectories), Is.Empty);
        });
    }

    [Test]
    public async Task An_upload_without_alt_text_is_refused()
    {
        var result = await MediaUploads.UploadAsync(_factory, await PhotoAsync("noalt.jpg", 400, 300), "noalt.jpg", alt: "   ");

        Assert.That(result.Problem, Is.EqualTo(MediaProblem.AltMissing));
    }

    [Test]
    public async Task A_file_over_the_configured_byte_limit_is_refused()
    {
        var photo = await PhotoAsync("big.jpg", 400, 300);
        using var limited = _factory.WithWebHostBuilder(b => b.UseSetting("Ocop:Media:MaxBytes", (photo.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var scope = limited.Services.CreateAsyncScope();
        using var stream = new MemoryStream(photo);

        var refused = await scope.ServiceProvider.GetRequiredService<MediaLibrary>()
            .UploadAsync(new MediaUpload(stream, "big.jpg", "Ảnh lớn", null, "tester"), CancellationToken.None);

        Assert.That(refused.Problem, Is.EqualTo(MediaProblem.TooLarge));
    }

    private Task<int> CountAsync() => _factory.WithDbAsync(db => db.MediaItems.CountAsync());
}
