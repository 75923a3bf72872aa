using System.Buffers.Binary;
using PdfSharp.Drawing;
using QRCoder;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// A stamp's QR code (error correction Q, the four-module quiet zone kept) as a one-bit image of one pixel a module.
/// Drawn as rectangles, 10,000 stamps made some four million drawing calls and a content stream of as many numbers
/// held until the document was saved; as an image each stamp is one drawing call and some 250 compressed bytes. The
/// image is not interpolated, so a viewer or printer scales each module as a sharp square at any resolution.
/// </summary>
public static class StampQrImage
{
    private const int FileHeader = 14;
    private const int InfoHeader = 40;
    private const int Palette = 8;

    /// <summary>
    /// The QR code of <paramref name="url"/> as a one-bit Windows bitmap (the form PDFsharp imports as a one-bit
    /// DeviceGray image): QRCoder's module matrix, quiet zone included, dark modules black. Safe on any thread.
    /// </summary>
    public static byte[] BitmapOf(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        var matrix = data.ModuleMatrix;
        var side = matrix.Count;
        // Rows of a bitmap are padded to whole 32-bit words and stored from the bottom up.
        var stride = (side + 31) / 32 * 4;
        var offset = FileHeader + InfoHeader + Palette;
        var bytes = new byte[offset + (stride * side)];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(10), offset);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(14), InfoHeader);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), side);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), side);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(28), 1);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(34), stride * side);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(46), 2);
        // Palette: index 0 black, index 1 white (blue, green, red, reserved).
        bytes[58] = 255;
        bytes[59] = 255;
        bytes[60] = 255;
        for (var row = 0; row < side; row++)
        {
            var modules = matrix[row];
            var start = offset + ((side - 1 - row) * stride);
            for (var column = 0; column < side; column++)
            {
                if (!modules[column])
                {
                    bytes[start + (column >> 3)] |= (byte)(0x80 >> (column & 7));
                }
            }
        }

        return bytes;
    }

    /// <summary>The bitmap as an image for the document, not interpolated.</summary>
    public static XImage ImageOf(byte[] bitmap)
    {
        var image = XImage.FromStream(new MemoryStream(bitmap, writable: false));
        image.Interpolate = false;
        return image;
    }
}
