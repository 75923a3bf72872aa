using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;

namespace OcopCatalogue.Web.Content.RichText;

/// <summary>
/// Between the stored story HTML and the back office's rich-text editor (Trix). Trix writes each paragraph as a
/// <c>div</c> and images as attachment figures full of data attributes; the store keeps plain semantic HTML
/// (<c>p</c>, <c>h2</c>, <c>figure</c>). <see cref="ToStored"/> always ends in <see cref="RichTextSanitizer"/>, so
/// nothing the browser sends reaches the store unsanitised.
/// </summary>
public static class EditorHtml
{
    // The JSON sits in an attribute that the HTML serialiser escapes, so letters stay readable (no \uXXXX).
    private static readonly JsonSerializerOptions AttachmentJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The editor's HTML as the store keeps it: paragraphs for Trix's blocks, h2 for its heading, sanitised.</summary>
    public static string ToStored(string? editorHtml)
    {
        if (string.IsNullOrWhiteSpace(editorHtml))
        {
            return "";
        }

        if (RichTextDocument.Parse(editorHtml) is not { } body)
        {
            // Too deep to convert; the sanitiser keeps its words (and forms refuse it first, see RichTextLimits).
            return RichTextSanitizer.Sanitize(editorHtml);
        }

        foreach (var heading in body.QuerySelectorAll("h1").ToList())
        {
            // The page's own title is the h1; a story's headings sit below it.
            Replace(heading, "h2");
        }

        foreach (var block in body.Children.Where(c => c.LocalName == "div").ToList())
        {
            SplitBlock(block);
        }

        foreach (var caption in body.QuerySelectorAll("figcaption").Where(c => string.IsNullOrWhiteSpace(c.TextContent)).ToList())
        {
            caption.Remove();
        }

        return RichTextSanitizer.Sanitize(body.InnerHtml);
    }

    /// <summary>
    /// Stored HTML as the editor should load it: each figure with an image becomes a Trix image attachment carrying its
    /// address, size, alternative text and caption, which Trix would otherwise drop when it parses a plain image.
    /// </summary>
    public static string ToEditor(string? storedHtml)
    {
        if (string.IsNullOrWhiteSpace(storedHtml))
        {
            return "";
        }

        if (RichTextDocument.Parse(storedHtml) is not { } body)
        {
            // A story a form refused for its depth goes back to its writer as typed: the page encodes it into an
            // attribute, and the editor in the browser parses (and cleans) it as it does anything pasted.
            return storedHtml;
        }

        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            var figure = image.ParentElement?.LocalName == "figure" ? image.ParentElement : null;
            var attachment = new Dictionary<string, object?>
            {
                ["contentType"] = "image",
                ["url"] = image.GetAttribute("src"),
                ["alt"] = image.GetAttribute("alt") ?? "",
            };
            if (int.TryParse(image.GetAttribute("width"), out var width))
            {
                attachment["width"] = width;
            }

            if (int.TryParse(image.GetAttribute("height"), out var height))
            {
                attachment["height"] = height;
            }

            if (figure?.QuerySelector("figcaption")?.TextContent.Trim() is { Length: > 0 } caption)
            {
                attachment["caption"] = caption;
            }

            var replacement = body.Owner!.CreateElement("figure");
            replacement.SetAttribute("data-trix-attachment", JsonSerializer.Serialize(attachment, AttachmentJson));
            replacement.SetAttribute("data-trix-content-type", "image");
            (figure ?? image).Replace(replacement);
        }

        return body.InnerHtml;
    }

    /// <summary>A Trix block becomes paragraphs, with any figure in it standing between them (a p cannot hold a figure).</summary>
    private static void SplitBlock(IElement block)
    {
        var parent = block.Parent!;
        IElement? paragraph = null;
        foreach (var child in block.ChildNodes.ToList())
        {
            if (child is IElement { LocalName: "figure" or "ul" or "ol" or "blockquote" or "h2" or "h3" or "h4" or "div" })
            {
                Close(paragraph);
                paragraph = null;
                parent.InsertBefore(child, block);
                continue;
            }

            if (paragraph is null)
            {
                paragraph = block.Owner!.CreateElement("p");
                parent.InsertBefore(paragraph, block);
            }

            paragraph.AppendChild(child);
        }

        Close(paragraph);
        block.Remove();
    }

    /// <summary>Drops the line break Trix leaves at the end of a block, and a paragraph left with nothing in it.</summary>
    private static void Close(IElement? paragraph)
    {
        if (paragraph is null)
        {
            return;
        }

        while (paragraph.LastChild is IElement { LocalName: "br" } || paragraph.LastChild is IText { Text: var text } && string.IsNullOrWhiteSpace(text))
        {
            paragraph.RemoveChild(paragraph.LastChild!);
        }

        if (string.IsNullOrWhiteSpace(paragraph.TextContent) && paragraph.QuerySelector("img") is null)
        {
            paragraph.Remove();
        }
    }

    private static void Replace(IElement element, string tagName)
    {
        var replacement = element.Owner!.CreateElement(tagName);
        foreach (var child in element.ChildNodes.ToList())
        {
            replacement.AppendChild(child);
        }

        element.Replace(replacement);
    }
}
