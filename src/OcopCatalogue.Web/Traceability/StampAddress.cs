using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// The paths a stamp encodes and the paths of their QR images. A product with a GTIN is a GS1 Digital Link
/// (<c>/01/{gtin}</c>, a batch <c>/01/{gtin}/10/{lot}</c>); one without gets its short code with the same qualifiers
/// (<c>/t/{code}</c>, a batch <c>/t/{code}/10/{lot}</c>). The rule itself is <see cref="StampLink"/>'s.
/// </summary>
public static class StampAddress
{
    public const string QrPrefix = "/qr";
    public const string Png = ".png";
    public const string Svg = ".svg";

    /// <summary>The path a product's stamp leads to, or null when it has neither a GTIN nor a trace code.</summary>
    public static string? ForProduct(string? gtin, string? traceCode) => StampLink.Of(gtin, traceCode)?.ToPath();

    /// <summary>The path a batch's stamp leads to, or null when the product has neither a GTIN nor a trace code.</summary>
    public static string? ForBatch(string? gtin, string? traceCode, string lot) => StampLink.Of(gtin, traceCode, lot)?.ToPath();

    /// <summary>The path of a serialised pack's stamp: its batch's path with <c>/21/{serial}</c>.</summary>
    public static string? ForSerial(string? gtin, string? traceCode, string lot, string serial) =>
        StampLink.Of(gtin, traceCode, lot, serial)?.ToPath();

    /// <summary>The QR image of a stamp path: <c>/qr</c> + path + <c>.png</c> or <c>.svg</c>.</summary>
    public static string QrImage(string stampPath, string extension) => QrPrefix + stampPath + extension;
}
