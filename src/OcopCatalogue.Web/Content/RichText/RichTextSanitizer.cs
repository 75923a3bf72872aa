using System.Net;
using System.Text;
using AngleSharp.Dom;
using Ganss.Xss;

namespace OcopCatalogue.Web.Content.RichText;

/// <summary>
/// Allowlist sanitiser for stories and pages: rich text keeps headings, paragraphs, lists, quotes, links and
/// images from the media library (in figures with captions); everything else is unwrapped to its text or, for
/// active content, removed with its contents. The work is HtmlSanitizer's, configured with our allowlist; the
/// story is parsed by <see cref="RichTextDocument"/> first, so a story nested too deep never reaches it.
/// Applied before rich text is stored, so every reader can render what the store holds.
/// </summary>
public static class RichTextSanitizer
{
    private static readonly string[] AllowedElements =
    [
        "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i", "br", "a", "img", "figure", "figcaption",
    ];

    /// <summary>Elements whose content is code or embedded objects, never text a reader should see.</summary>
    private static readonly HashSet<string> RemovedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript", "form", "input", "button",
        "textarea", "select", "link", "meta", "base", "frame", "frameset", "applet", "audio", "video", "canvas", "title",
    };

    /// <summary>HtmlSanitizer's attribute list is one for all elements; these narrow it per element afterwards.</summary>
    private static readonly Dictionary<string, string[]> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "width", "height"],
    };

    private static readonly HtmlSanitizer Library = Configure();

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        if (RichTextDocument.Parse(html) is not { } body)
        {
            // Forms refuse such a story before it gets here (RichTextLimits); an import keeps its words.
            return TextOf(html);
        }

        Library.SanitizeDom((AngleSharp.Html.Dom.IHtmlDocument)body.Owner!, body);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            Narrow(element);
        }

        return body.InnerHtml.Trim();
    }

    private static HtmlSanitizer Configure()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedElements);
        options.AllowedAttributes.UnionWith(AllowedAttributes.Values.SelectMany(a => a));
        options.UriAttributes.UnionWith(["href", "src"]);
        options.AllowedSchemes.UnionWith([Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto, "tel"]);
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (RemovedWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.Remove();
                e.Cancel = true;
            }
        };

        // The library lets relative and protocol-relative addresses through; ours are narrower (see IsSafeUrl, IsMediaUrl).
        sanitizer.FilterUrl += (_, e) =>
        {
            var safe = e.Tag.LocalName == "img" ? IsMediaUrl(e.OriginalUrl) : IsSafeUrl(e.OriginalUrl, allowMailto: true);
            if (!safe)
            {
                e.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }

    /// <summary>Attributes per element, an image without a source dropped, rel on links that leave the site.</summary>
    private static void Narrow(IElement element)
    {
        var allowed = AllowedAttributes.GetValueOrDefault(element.LocalName, []);
        foreach (var attribute in element.Attributes.ToList())
        {
            if (!allowed.Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase))
            {
                element.RemoveAttribute(attribute.Name);
            }
        }

        if (element.LocalName == "img" && !element.HasAttribute("src"))
        {
            element.Remove();
        }
        else if (element.LocalName == "a" && element.GetAttribute("href") is { } href && IsExternal(href))
        {
            element.SetAttribute("rel", "noopener noreferrer nofollow");
        }
    }

    /// <summary>
    /// The words of a story too deep to parse, as escaped text: one pass that drops whatever lies between angle
    /// brackets, so nothing in it is markup whatever the input held.
    /// </summary>
    private static string TextOf(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return WebUtility.HtmlEncode(WebUtility.HtmlDecode(text.ToString()).Trim());
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
