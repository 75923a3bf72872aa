using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OcopCatalogue.Web.Sharing;

/// <summary>
/// Draws a share card as SVG, 1200×630 as Facebook, Zalo and X ask: the left panel (photo, illustration or the
/// OCOP colour), then on the right the site's name, the item's name in large type, the star badge of a product and
/// its status, the producer, and the site's host. Text is set in Noto Sans (Debian's fonts-noto-core), which has every
/// Vietnamese letter with its stacked marks; librsvg shapes it through Pango. Every piece of text is escaped as XML and
/// stripped of characters XML cannot hold, so a name can never add markup to the drawing.
/// </summary>
public static class ShareCardSvg
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The left panel, where the photo is laid in by the renderer.</summary>
    public const int PanelWidth = 560;

    private const int TextLeft = 610;
    private const int TextWidth = Width - TextLeft - 50;
    private const string Font = "Noto Sans";
    private const string Green = "#2f5d34";
    private const string Ink = "#1d2b1f";
    private const string Muted = "#55605a";
    private const string Gold = "#d99a00";

    public static string Draw(ShareCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="#f7f4ec"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{PanelWidth}" height="{Height}" fill="{Green}"/>""");
        if (card.Photo is null && card.Illustration is { Length: > 0 } illustration)
        {
            svg.Append(Panel(illustration));
        }
        else if (card.Photo is null)
        {
            // The OCOP colours as a plain emblem: a ring and a star, no words to translate.
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{PanelWidth / 2}" cy="{Height / 2}" r="150" fill="none" stroke="#f7f4ec" stroke-width="14"/>""");
            svg.Append(Star(PanelWidth / 2.0, Height / 2.0, 110, "#f7f4ec", filled: true));
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{PanelWidth}" width="12" height="{Height}" fill="{Gold}"/>""");
        var y = 86.0;
        svg.Append(Text(card.SiteName, TextLeft, y, 28, Green, bold: true, TextWidth));
        y += 22;
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{TextLeft}" y="{y}" width="90" height="5" fill="{Gold}"/>""");

        var (titleSize, titleLines) = FitTitle(card.Title);
        y += 30;
        foreach (var line in titleLines)
        {
            y += titleSize * 1.18;
            svg.Append(Text(line, TextLeft, y, titleSize, Ink, bold: true, maxWidth: null));
        }

        if (card.Stars is { } stars)
        {
            y += 34;
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{TextLeft}" y="{y}" width="{TextWidth}" height="64" rx="32" fill="#fff4d6" stroke="{Gold}" stroke-width="3"/>""");
            for (var i = 0; i < 5; i++)
            {
                svg.Append(Star(TextLeft + 38 + (i * 40), y + 33, 17, Gold, filled: i < stars));
            }

            if (card.StarsText is { Length: > 0 } words)
            {
                svg.Append(Text(words, TextLeft + 240, y + 43, 28, Ink, bold: true, TextWidth - 260));
            }

            y += 64;
            if (card.StatusText is { Length: > 0 } status)
            {
                y += 40;
                svg.Append(Text(status, TextLeft, y, 26, Muted, bold: false, TextWidth));
            }
        }
        else if (card.StatusText is { Length: > 0 } status)
        {
            y += 48;
            svg.Append(Text(status, TextLeft, y, 26, Muted, bold: false, TextWidth));
        }

        if (card.Subtitle is { Length: > 0 } subtitle)
        {
            var lines = Wrap(subtitle, 30, bold: false, TextWidth, maxLines: 2);
            var top = Math.Max(y + 50, Height - 70 - (lines.Count * 38));
            foreach (var line in lines)
            {
                svg.Append(Text(line, TextLeft, top, 30, Ink, bold: false, maxWidth: null));
                top += 38;
            }
        }

        svg.Append(Text(card.Host, TextLeft, Height - 30, 22, Muted, bold: false, TextWidth));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The illustration (one of the site's own group drawings) as a nested SVG filling the panel: drawn as vectors at
    /// the card's size, where an embedded image would be rasterised small and enlarged blurred.
    /// </summary>
    private static string Panel(string illustration)
    {
        var root = XElement.Parse(illustration);
        root.SetAttributeValue("x", 0);
        root.SetAttributeValue("y", 0);
        root.SetAttributeValue("width", PanelWidth);
        root.SetAttributeValue("height", Height);
        root.SetAttributeValue("preserveAspectRatio", "xMidYMid slice");
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The largest title size at which the name fits three lines; past that, the smallest size, cut with an ellipsis.</summary>
    private static (double Size, IReadOnlyList<string> Lines) FitTitle(string title)
    {
        foreach (var size in new[] { 58.0, 50.0, 44.0 })
        {
            var lines = Wrap(title, size, bold: true, TextWidth, maxLines: int.MaxValue);
            if (lines.Count <= 3)
            {
                return (size, lines);
            }
        }

        return (40, Wrap(title, 40, bold: true, TextWidth, maxLines: 4));
    }

    /// <summary>
    /// Breaks text into lines at spaces by an estimate of Noto Sans' advance widths (the drawing is made in another
    /// process, so nothing here can measure it); a word longer than a line is cut, and text past the last line ends in "…".
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double size, bool bold, double maxWidth, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Measure(candidate, size, bold) <= maxWidth)
            {
                current.Clear().Append(candidate);
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
            }

            current.Clear().Append(Fit(word, size, bold, maxWidth));
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        if (lines.Count > maxLines)
        {
            lines = lines[..maxLines];
            lines[^1] = Fit(lines[^1] + "…", size, bold, maxWidth, ellipsis: true);
        }

        return lines;
    }

    /// <summary>An estimate of the text's width in pixels at the size.</summary>
    public static double Measure(string text, double size, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        var em = 0.0;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            em += c switch
            {
                ' ' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.27,
                'i' or 'l' or 'j' or 'í' or 'ì' or 'ỉ' or 'ĩ' or 'ị' or 'I' or 'Í' or 'Ì' or 'Ỉ' or 'Ĩ' or 'Ị' => 0.28,
                'f' or 't' or 'r' or '(' or ')' or '-' => 0.38,
                'm' or 'w' or 'M' or 'W' or '—' => 0.88,
                _ when char.IsUpper(c) => 0.68,
                _ when char.IsDigit(c) => 0.57,
                _ => 0.57,
            };
        }

        return em * size * (bold ? 1.06 : 1.0);
    }

    private static string Fit(string text, double size, bool bold, double maxWidth, bool ellipsis = false)
    {
        if (Measure(text, size, bold) <= maxWidth)
        {
            return text;
        }

        var body = ellipsis ? text.TrimEnd('…') : text;
        while (body.Length > 1 && Measure(body + "…", size, bold) > maxWidth)
        {
            body = body[..^1];
        }

        return body.TrimEnd() + "…";
    }

    private static string Text(string text, double x, double y, double size, string fill, bool bold, double? maxWidth)
    {
        var line = maxWidth is { } width ? Fit(text, size, bold, width) : text;
        return string.Create(CultureInfo.InvariantCulture,
            $"""<text x="{x:0.#}" y="{y:0.#}" font-family="{Font}" font-size="{size:0.#}" font-weight="{(bold ? 700 : 400)}" fill="{fill}">{Escape(line)}</text>""");
    }

    /// <summary>A five-pointed star, its outer points on a circle of <paramref name="radius"/>.</summary>
    private static string Star(double cx, double cy, double radius, string colour, bool filled)
    {
        var points = new StringBuilder();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? radius : radius * 0.45;
            var angle = (Math.PI / 5 * i) - (Math.PI / 2);
            points.Append(CultureInfo.InvariantCulture, $"{cx + (r * Math.Cos(angle)):0.##},{cy + (r * Math.Sin(angle)):0.##} ");
        }

        var paint = filled ? $"fill=\"{colour}\"" : $"fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\"";
        return $"""<polygon points="{points.ToString().TrimEnd()}" {paint}/>""";
    }

    /// <summary>Text as XML character data: markup characters escaped, characters XML cannot carry left out.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c) && !char.IsControl(c))
            {
                kept.Append(c switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    '"' => "&quot;",
                    '\'' => "&apos;",
                    _ => c.ToString(),
                });
            }
        }

        return kept.ToString();
    }
}
