using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Tests.Core.Traceability;

public sealed class PhotoSignatureTests
{
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1 }, PhotoFormat.Jpeg)]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0, 0, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0 }, PhotoFormat.Jpeg)]
    [TestCase(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, PhotoFormat.Png)]
    [TestCase(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0x24, 0, 0, 0, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, PhotoFormat.WebP)]
    public void Photo_formats_are_told_by_their_first_bytes(byte[] header, PhotoFormat expected)
    {
        Assert.That(PhotoSignature.Detect(header), Is.EqualTo(expected));
    }

    [TestCase("<?php system($_GET['c']); ?>", TestName = "A PHP script is not a photo")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", TestName = "An SVG is not a photo")]
    [TestCase("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000", TestName = "A GIF is not one of the accepted photos")]
    [TestCase("RIFF\u0024\u0000\u0000\u0000WAVEfmt ", TestName = "A RIFF file that is not WebP is not a photo")]
    [TestCase("", TestName = "An empty file is not a photo")]
    public void Anything_else_is_refused(string content)
    {
        Assert.That(PhotoSignature.Detect(System.Text.Encoding.Latin1.GetBytes(content)), Is.Null);
    }

    [Test]
    public void A_truncated_signature_is_refused()
    {
        Assert.That(PhotoSignature.Detect(new byte[] { 0xFF, 0xD8 }), Is.Null);
        Assert.That(PhotoSignature.Detect(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), Is.Null);
        Assert.That(PhotoSignature.Detect("RIFF\0\0\0\0WEB"u8), Is.Null);
    }

    [TestCase(PhotoFormat.Jpeg, ".jpg", "image/jpeg")]
    [TestCase(PhotoFormat.Png, ".png", "image/png")]
    [TestCase(PhotoFormat.WebP, ".webp", "image/webp")]
    public void Stored_names_carry_an_extension_the_site_chose_and_serves_with_its_media_type(PhotoFormat format, string extension, string mediaType)
    {
        Assert.That(PhotoSignature.Extension(format), Is.EqualTo(extension));
        Assert.That(PhotoSignature.MediaTypeOfStoredName("0123" + extension), Is.EqualTo(mediaType));
    }

    [TestCase("photo.php")]
    [TestCase("photo.jpg.php")]
    [TestCase("photo")]
    public void Other_stored_names_have_no_media_type(string name)
    {
        Assert.That(PhotoSignature.MediaTypeOfStoredName(name), Is.Null);
    }
}
