namespace OcopCatalogue.Web.Content.RichText;

/// <summary>
/// How big and how deeply nested a story may be. The HTML parser spends time in proportion to the depth for every
/// tag, and walks of the tree recurse, so depth is capped while parsing, before anything else touches the tree;
/// length is capped so no story costs much to store, render and index.
/// </summary>
public static class RichTextLimits
{
    /// <summary>Characters of HTML in one story (about 200 KB); the longest real story is a tenth of that.</summary>
    public const int MaxLength = 200_000;

    /// <summary>Elements inside one another; a story from the editor stays under 15 (quote, list, item, bold, link...).</summary>
    public const int MaxDepth = 100;

    /// <summary>Whether the store takes <paramref name="html"/>; linear in its length whatever it holds.</summary>
    public static RichTextShape Measure(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return RichTextShape.Fits;
        }

        if (html.Length > MaxLength)
        {
            return RichTextShape.TooLong;
        }

        return RichTextDocument.Parse(html) is null ? RichTextShape.TooDeep : RichTextShape.Fits;
    }

    /// <summary>The resource key of the message a form shows beside a story that does not fit, or null when it fits.</summary>
    public static string? ProblemKey(string? html) => Measure(html) switch
    {
        RichTextShape.TooLong => "RichText.TooLong",
        RichTextShape.TooDeep => "RichText.TooDeep",
        _ => null,
    };
}
