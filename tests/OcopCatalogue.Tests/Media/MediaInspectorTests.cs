using System.Text;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

public sealed class MediaInspectorTests
{
    private static readonly MediaOptions Limits = new();

    private static MediaInspection Inspect(byte[] bytes, MediaOptions? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return MediaInspector.Inspect(stream, limits ?? Limits);
    }

    [Test]
    public void A_JPEG_is_recognised_with_its_size_from_the_start_of_frame()
    {
        var inspection = Inspect(SyntheticImages.Jpeg(1200, 800));

        Assert.That(inspection, Is.EqualTo(new MediaInspection(MediaFormat.Jpeg, 1200, 800, null)));
    }

    [Test]
    public void A_progressive_JPEG_is_recognised_too()
    {
        var inspection = Inspect(SyntheticImages.Jpeg(640, 480, progressive: true));

        Assert.That(inspection, Is.EqualTo(new MediaInspection(MediaFormat.Jpeg, 640, 480, null)));
    }

    [TestCase((ushort)1, 1200, 800)]
    [TestCase((ushort)3, 1200, 800)]
    [TestCase((ushort)6, 800, 1200)]
    [TestCase((ushort)8, 800, 1200)]
    public void A_JPEG_turned_by_its_EXIF_orientation_reports_the_size_as_shown(ushort orientation, int width, int height)
    {
        var inspection = Inspect(SyntheticImages.Jpeg(1200, 800, orientation));

        Assert.That((inspection.Width, inspection.Height, inspection.Problem), Is.EqualTo((width, height, (MediaProblem?)null)));
    }

    [Test]
    public void A_PNG_is_recognised_with_its_size_from_IHDR()
    {
        var inspection = Inspect(SyntheticImages.Png(333, 222));

        Assert.That(inspection, Is.EqualTo(new MediaInspection(MediaFormat.Png, 333, 222, null)));
    }

    [Test]
    public void Lossy_lossless_and_extended_WebP_are_recognised_with_their_sizes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inspect(SyntheticImages.WebPLossy(1024, 768)), Is.EqualTo(new MediaInspection(MediaFormat.WebP, 1024, 768, null)));
            Assert.That(Inspect(SyntheticImages.WebPLossless(300, 16383)), Is.EqualTo(new MediaInspection(MediaFormat.WebP, 300, 16383, null)));
            Assert.That(Inspect(SyntheticImages.WebPExtended(5000, 3000)), Is.EqualTo(new MediaInspection(MediaFormat.WebP, 5000, 3000, null)));
        });
    }

    [Test]
    public void A_24_megapixel_photo_passes_and_a_50_megapixel_one_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inspect(SyntheticImages.Jpeg(6000, 4000)).Problem, Is.Null);
            Assert.That(Inspect(SyntheticImages.Jpeg(8660, 5774)).Problem, Is.EqualTo(MediaProblem.TooManyPixels));
            Assert.That(Inspect(SyntheticImages.Png(8660, 5774)).Problem, Is.EqualTo(MediaProblem.TooManyPixels));
            Assert.That(Inspect(SyntheticImages.WebPExtended(8660, 5774)).Problem, Is.EqualTo(MediaProblem.TooManyPixels));
        });
    }

    [Test]
    public void A_tiny_file_claiming_a_huge_image_is_refused_from_its_header()
    {
        // 100,000 × 100,000 pixels in a few dozen bytes: a decompression bomb for any decoder that believed it.
        var bomb = SyntheticImages.Png(100_000, 100_000);

        Assert.That(bomb, Has.Length.LessThan(100));
        Assert.That(Inspect(bomb).Problem, Is.EqualTo(MediaProblem.TooManyPixels));
    }

    [Test]
    public void The_pixel_limit_comes_from_the_options()
    {
        var strict = new MediaOptions { MaxPixels = 1_000_000 };

        Assert.Multiple(() =>
        {
            Assert.That(Inspect(SyntheticImages.Jpeg(1000, 1000), strict).Problem, Is.Null);
            Assert.That(Inspect(SyntheticImages.Jpeg(1001, 1000), strict).Problem, Is.EqualTo(MediaProblem.TooManyPixels));
        });
    }

    [Test]
    public void A_file_over_the_byte_limit_is_refused_before_its_header_is_read()
    {
        var jpeg = SyntheticImages.Jpeg(100, 100);

        Assert.Multiple(() =>
        {
            Assert.That(Inspect(jpeg, new MediaOptions { MaxBytes = jpeg.Length }).Problem, Is.Null);
            Assert.That(Inspect(jpeg, new MediaOptions { MaxBytes = jpeg.Length - 1 }).Problem, Is.EqualTo(MediaProblem.TooLarge));
        });
    }

    [Test]
    public void A_PHP_script_renamed_jpg_is_not_an_image()
    {
        var php = Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?>\n");

        Assert.That(Inspect(php).Problem, Is.EqualTo(MediaProblem.NotAnImage));
    }

    [Test]
    public void A_PHP_script_behind_a_JPEG_signature_is_not_an_image_either()
    {
        // Starts like a JPEG, then no valid marker: the classic polyglot trick.
        var polyglot = new byte[] { 0xFF, 0xD8, 0xFF }.Concat(Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?>")).ToArray();

        Assert.That(Inspect(polyglot).Problem, Is.Not.Null);
    }

    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [TestCase("<?xml version=\"1.0\"?>\n<!-- drawing -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [TestCase("\uFEFF  <SVG width=\"10\" height=\"10\"></SVG>")]
    public void An_SVG_is_refused_as_SVG(string svg)
    {
        Assert.That(Inspect(Encoding.UTF8.GetBytes(svg)).Problem, Is.EqualTo(MediaProblem.Svg));
    }

    [Test]
    public void GIF_PDF_and_empty_files_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Inspect("GIF89a\x01\x00\x01\x00"u8.ToArray()).Problem, Is.EqualTo(MediaProblem.NotAnImage));
            Assert.That(Inspect("%PDF-1.7\n"u8.ToArray()).Problem, Is.EqualTo(MediaProblem.NotAnImage));
            Assert.That(Inspect([]).Problem, Is.EqualTo(MediaProblem.Empty));
        });
    }

    [Test]
    public void A_JPEG_cut_short_in_its_image_data_is_truncated()
    {
        var whole = SyntheticImages.Jpeg(1200, 800);
        var cut = whole[..^4];

        Assert.Multiple(() =>
        {
            Assert.That(Inspect(whole).Problem, Is.Null);
            Assert.That(Inspect(cut).Problem, Is.EqualTo(MediaProblem.Truncated));
        });
    }

    [Test]
    public void A_JPEG_cut_short_in_its_headers_is_truncated()
    {
        var whole = SyntheticImages.Jpeg(1200, 800);

        Assert.That(Inspect(whole[..30]).Problem, Is.EqualTo(MediaProblem.Truncated));
    }

    [Test]
    public void A_PNG_without_its_end_chunk_is_truncated()
    {
        var whole = SyntheticImages.Png(100, 100);

        Assert.That(Inspect(whole[..^12]).Problem, Is.EqualTo(MediaProblem.Truncated));
    }

    [Test]
    public void A_WebP_shorter_than_its_RIFF_size_is_truncated()
    {
        var whole = SyntheticImages.WebPLossy(100, 100);

        Assert.That(Inspect(whole[..^5]).Problem, Is.EqualTo(MediaProblem.Truncated));
    }

    [Test]
    public void A_JPEG_whose_frame_has_no_size_is_unreadable()
    {
        Assert.That(Inspect(SyntheticImages.Jpeg(0, 800)).Problem, Is.EqualTo(MediaProblem.Unreadable));
    }

    [Test]
    public async Task Files_written_by_libvips_are_recognised_in_each_format()
    {
        using var images = new VipsImages();
        var files = new Dictionary<string, MediaFormat>
        {
            [await images.PhotoAsync("photo.jpg", 321, 123)] = MediaFormat.Jpeg,
            [await images.PhotoAsync("photo.png", 321, 123)] = MediaFormat.Png,
            [await images.PhotoAsync("photo.webp", 321, 123)] = MediaFormat.WebP,
            [await images.PhotoAsync("lossless.webp", 321, 123, "[lossless]")] = MediaFormat.WebP,
        };

        Assert.Multiple(() =>
        {
            foreach (var (file, format) in files)
            {
                Assert.That(Inspect(File.ReadAllBytes(file)), Is.EqualTo(new MediaInspection(format, 321, 123, null)), file);
            }
        });
    }
}
