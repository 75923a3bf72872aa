using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QRCoder;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Draws the QR code of a stamp URL as PNG or SVG: error correction level Q (a quarter of the code can be scratched
/// or covered by a sticker edge and it still reads) and the 4-module quiet zone the QR standard asks for.
/// </summary>
public sealed class QrStamps
{
    public const int PixelsPerModule = 8;
    public const int QuietZoneModules = 4;

    // Only URLs of published products and batches get here, so the cache is bounded by the catalogue; the cap
    // only guards against a catalogue far larger than a province's.
    private const int MaxCached = 20_000;

    private readonly ConcurrentDictionary<string, QrImage> _cache = new(StringComparer.Ordinal);

    /// <param name="url">The stamp URL to encode.</param>
    /// <param name="cache">False for one-off URLs (a pack's serial), which would only push the shared ones out.</param>
    public QrImage Png(string url, bool cache = true) =>
        cache ? Cached(StampAddress.Png, url, () => RenderPng(url)) : Image(StampAddress.Png, RenderPng(url));

    /// <inheritdoc cref="Png"/>
    public QrImage Svg(string url, bool cache = true) =>
        cache ? Cached(StampAddress.Svg, url, () => RenderSvg(url)) : Image(StampAddress.Svg, RenderSvg(url));

    /// <summary>Draws without the cache: what the cache saves, measured by the benchmark.</summary>
    public static byte[] RenderPng(string url)
    {
        using var data = Encode(url);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule, drawQuietZones: true);
    }

    /// <summary>
    /// One path of horizontal runs of dark modules on a white square, in module units: a few kilobytes that scale
    /// to any print size without blur.
    /// </summary>
    public static byte[] RenderSvg(string url)
    {
        using var data = Encode(url);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        var svg = $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
        return Encoding.UTF8.GetBytes(svg);
    }

    private static QRCodeData Encode(string url) =>
        // The matrix QRCoder returns already carries the 4-module quiet zone on each side.
        QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.Q);

    private QrImage Cached(string format, string url, Func<byte[]> render)
    {
        var key = format + url;
        if (_cache.TryGetValue(key, out var image))
        {
            return image;
        }

        image = Image(format, render());
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[key] = image;
        return image;
    }

    private static QrImage Image(string format, byte[] content)
    {
        var tag = "\"" + Convert.ToBase64String(SHA256.HashData(content)[..12]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
        return new QrImage(content, format == StampAddress.Png ? "image/png" : "image/svg+xml", tag);
    }
}
