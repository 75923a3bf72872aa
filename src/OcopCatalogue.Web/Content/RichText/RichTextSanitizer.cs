using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OcopCatalogue.Web.Content.RichText;

/// <summary>
/// Allowlist sanitiser for stories and pages: rich text keeps headings, paragraphs, lists, quotes, links and
/// images from the media library (in figures with captions); everything else is unwrapped to its text or, for
/// active content, removed with its contents.
/// Applied before rich text is stored, so every reader can render what the store holds.
/// </summary>
public static class RichTextSanitizer
{
    private static readonly HashSet<string> AllowedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i", "br", "a", "img", "figure", "figcaption",
    };

    /// <summary>Elements whose content is code or embedded objects, never text a reader should see.</summary>
    private static readonly HashSet<string> RemovedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript", "form", "input", "button",
        "textarea", "select", "link", "meta", "base", "frame", "frameset", "applet", "audio", "video", "canvas", "title",
    };

    private static readonly Dictionary<string, string[]> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "width", "height"],
    };

    private static readonly HtmlParser Parser = new();

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        var fragment = Parser.ParseFragment(html, body);
        foreach (var node in fragment.ToList())
        {
            body.AppendChild(node);
        }

        Clean(body);
        return body.InnerHtml.Trim();
    }

    private static void Clean(INode parent)
    {
        foreach (var child in parent.ChildNodes.ToList())
        {
            switch (child)
            {
                case IElement element when RemovedWithContent.Contains(element.LocalName):
                    element.Remove();
                    break;
                case IElement element when !AllowedElements.Contains(element.LocalName):
                    Clean(element);
                    foreach (var grandChild in element.ChildNodes.ToList())
                    {
                        parent.InsertBefore(grandChild, element);
                    }

                    element.Remove();
                    break;
                case IElement element:
                    CleanAttributes(element);
                    if (element.LocalName == "img" && !element.HasAttribute("src"))
                    {
                        element.Remove();
                        break;
                    }

                    Clean(element);
                    break;
                case IComment comment:
                    comment.Remove();
                    break;
                default:
                    break;
            }
        }
    }

    private static void CleanAttributes(IElement element)
    {
        var allowed = AllowedAttributes.GetValueOrDefault(element.LocalName, []);
        foreach (var attribute in element.Attributes.ToList())
        {
            var keep = allowed.Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase)
                && (attribute.LocalName != "href" || IsSafeUrl(attribute.Value, allowMailto: true))
                && (attribute.LocalName != "src" || IsMediaUrl(attribute.Value));
            if (!keep)
            {
                element.RemoveAttribute(attribute.Name);
            }
        }

        if (element.LocalName == "a" && element.GetAttribute("href") is { } href && IsExternal(href))
        {
            element.SetAttribute("rel", "noopener noreferrer nofollow");
        }
    }

    /// <summary>Site-relative paths, http(s) and (for links) mailto/tel; never javascript:, data: or protocol-relative URLs.</summary>
    internal static bool IsSafeUrl(string value, bool allowMailto)
    {
        var url = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (url.StartsWith('/'))
        {
            return !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp
            || (allowMailto && (uri.Scheme == Uri.UriSchemeMailto || uri.Scheme == "tel"));
    }

    /// <summary>
    /// Images come from the site's own media library only: a path under /media/ that stays there and is not an SVG
    /// (which can carry script). Anything else, even a harmless-looking https picture, would let a story pull in
    /// content nobody uploaded, checked or resized.
    /// </summary>
    internal static bool IsMediaUrl(string value)
    {
        var url = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var path = url.Split('?', '#')[0];
        return path.StartsWith("/media/", StringComparison.Ordinal)
            && !path.Contains("..", StringComparison.Ordinal)
            && !path.Contains('\\', StringComparison.Ordinal)
            && !path.Contains("//", StringComparison.Ordinal)
            && !path.Contains('%', StringComparison.Ordinal)
            && !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            && !path.EndsWith(".svgz", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsExternal(string href) => href.StartsWith("http", StringComparison.OrdinalIgnoreCase);
}
