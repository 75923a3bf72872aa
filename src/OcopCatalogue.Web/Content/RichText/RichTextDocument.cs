using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OcopCatalogue.Web.Content.RichText;

/// <summary>
/// Parses a story as the body of an empty document, giving up as soon as the tree grows deeper than
/// <see cref="RichTextLimits.MaxDepth"/>. The parser itself is iterative, but its cost per tag grows with the depth
/// (a story of 100,000 nested &lt;b&gt; took 36 s), and sanitising and serialising walk the tree recursively (a
/// few hundred thousand levels overflow the stack and end the process). Stopping inside the parse, rather than
/// guessing the depth from the text, counts the tree the parser really builds (misnested tags, implied
/// elements, foreign content and raw text all included).
/// </summary>
internal static class RichTextDocument
{
    /// <summary>The body holding the parsed story, or null when the story nests deeper than the limit.</summary>
    public static IHtmlElement? Parse(string html)
    {
        IElement? previous = null;
        var tooDeep = false;
        var templates = new Dictionary<INode, IElement>();
        var parser = new HtmlParser(new HtmlParserOptions
        {
            // Called as each element is made, before it is placed: the one made before it is in the tree by then.
            OnCreated = (element, _) =>
            {
                if (previous is not null && Deeper(previous, RichTextLimits.MaxDepth, templates))
                {
                    // The parser has no way to stop but an exception; this one is ours, caught below.
                    tooDeep = true;
                    throw new OperationCanceledException();
                }

                if (element is IHtmlTemplateElement template)
                {
                    templates[template.Content] = template;
                }

                previous = element;
            },
        });
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        try
        {
            foreach (var node in parser.ParseFragment(html, body).ToList())
            {
                body.AppendChild(node);
            }
        }
        catch (OperationCanceledException) when (tooDeep)
        {
            return null;
        }

        // Elements moved after they were made (the parser re-parents misnested formatting) are checked here, once,
        // without recursion.
        return MaxDepth(body) > RichTextLimits.MaxDepth ? null : body;
    }

    /// <summary>
    /// Whether <paramref name="element"/> has more than <paramref name="limit"/> ancestors, walking at most limit + 1.
    /// A template's content hangs off a fragment of its own, so its ancestors go on at the template.
    /// </summary>
    private static bool Deeper(IElement element, int limit, Dictionary<INode, IElement> templates)
    {
        var depth = 0;
        for (var parent = Above(element, templates); parent is not null; parent = Above(parent, templates))
        {
            if (++depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    private static IElement? Above(IElement element, Dictionary<INode, IElement> templates) =>
        element.ParentElement ?? (element.Parent is { } fragment && templates.TryGetValue(fragment, out var template) ? template : null);

    private static int MaxDepth(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            var children = element is IHtmlTemplateElement template ? template.Content.Children : element.Children;
            foreach (var child in children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
