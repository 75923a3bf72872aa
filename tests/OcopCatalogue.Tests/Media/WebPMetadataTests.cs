using System.Buffers.Binary;
using System.Text;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

public sealed class WebPMetadataTests
{
    private static byte[] Chunk(string fourCc, params byte[] data)
    {
        var header = new byte[8];
        Encoding.ASCII.GetBytes(fourCc).CopyTo(header, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)data.Length);
        return [.. header, .. data, .. (data.Length % 2 == 1 ? new byte[] { 0 } : [])];
    }

    private static byte[] Riff(params byte[][] chunks)
    {
        byte[] body = [.. "WEBP"u8, .. chunks.SelectMany(c => c)];
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Length);
        return [.. "RIFF"u8, .. size, .. body];
    }

    [Test]
    public void EXIF_XMP_and_ICC_chunks_are_removed_and_their_flags_cleared()
    {
        // VP8X flags: ICC 0x20, alpha 0x10, EXIF 0x08, XMP 0x04.
        var vp8x = Chunk("VP8X", 0x20 | 0x10 | 0x08 | 0x04, 0, 0, 0, 9, 0, 0, 9, 0, 0);
        var image = Chunk("VP8 ", 1, 2, 3);
        var input = Riff(vp8x, Chunk("ICCP", 7, 7), image, Chunk("EXIF", [.. "Exif\0\0GPS"u8]), Chunk("XMP ", [.. "<x:xmpmeta/>"u8]));

        var stripped = WebPMetadata.Strip(input);

        byte[] expectedVp8x = [.. vp8x];
        expectedVp8x[8] = 0x10;
        Assert.That(stripped, Is.EqualTo(Riff(expectedVp8x, image)));
    }

    [Test]
    public void A_plain_WebP_is_left_as_it_is()
    {
        var input = Riff(Chunk("VP8L", 0x2F, 1, 2, 3, 4));

        Assert.That(WebPMetadata.Strip(input), Is.EqualTo(input));
    }

    [Test]
    public void Something_that_is_not_a_WebP_file_is_an_error()
    {
        Assert.Throws<InvalidDataException>(() => WebPMetadata.Strip("RIFF\0\0\0\0WAVEfmt "u8));
    }
}
