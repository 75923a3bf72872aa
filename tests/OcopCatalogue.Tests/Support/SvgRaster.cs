using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// Turns a QR SVG made of filled rectangles (rect elements, and paths of M/h/v/z rectangles) into a grey PGM image,
/// so the same independent decoder that reads the PNG can read what the SVG draws.
/// </summary>
public static class SvgRaster
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static byte[] ToPgm(XDocument svg, int pixelsPerUnit)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var root = svg.Root!;
        var box = root.Attribute("viewBox")!.Value.Split(' ').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var (width, height) = (box[2] * pixelsPerUnit, box[3] * pixelsPerUnit);
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        void Fill(double x, double y, double w, double h, string? colour)
        {
            var grey = colour is "#fff" or "#ffffff" or "white" ? (byte)255 : (byte)0;
            for (var py = (int)(y * pixelsPerUnit); py < (int)((y + h) * pixelsPerUnit); py++)
            {
                for (var px = (int)(x * pixelsPerUnit); px < (int)((x + w) * pixelsPerUnit); px++)
                {
                    pixels[(py * width) + px] = grey;
                }
            }
        }

        foreach (var element in root.Descendants())
        {
            var fill = element.Attribute("fill")?.Value;
            if (element.Name == Svg + "rect")
            {
                Fill(Number(element, "x"), Number(element, "y"), Number(element, "width"), Number(element, "height"), fill);
            }
            else if (element.Name == Svg + "path")
            {
                foreach (var (x, y, w, h) in Rectangles(element.Attribute("d")!.Value))
                {
                    Fill(x, y, w, h, fill);
                }
            }
        }

        var header = Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        return [.. header, .. pixels];
    }

    /// <summary>The bounding box of each closed subpath: exact for the axis-aligned rectangles a QR path holds.</summary>
    public static IEnumerable<(double X, double Y, double W, double H)> Rectangles(string d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var tokens = System.Text.RegularExpressions.Regex.Matches(d, @"[MmHhVvZz]|-?\d+(\.\d+)?").Select(m => m.Value).ToList();
        double x = 0, y = 0;
        var points = new List<(double X, double Y)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i])
            {
                case "M":
                    (x, y) = (Parse(tokens[++i]), Parse(tokens[++i]));
                    points = [(x, y)];
                    break;
                case "h":
                    x += Parse(tokens[++i]);
                    points.Add((x, y));
                    break;
                case "v":
                    y += Parse(tokens[++i]);
                    points.Add((x, y));
                    break;
                case "z" or "Z":
                    var (minX, minY) = (points.Min(p => p.X), points.Min(p => p.Y));
                    yield return (minX, minY, points.Max(p => p.X) - minX, points.Max(p => p.Y) - minY);
                    break;
                default:
                    throw new FormatException($"Path command '{tokens[i]}' is not one a QR rectangle path uses.");
            }
        }
    }

    private static double Number(XElement element, string name) =>
        element.Attribute(name) is { } a ? Parse(a.Value) : 0;

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
