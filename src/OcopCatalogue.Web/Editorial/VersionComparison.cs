using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// Two snapshots field by field, for any content type: snapshots are uSync JSON, so the comparison walks the JSON
/// (objects by property, lists item by item) and needs nothing per type. Rich text is compared as the text a reader
/// sees, never as markup, so the comparison page shows no HTML from a version.
/// </summary>
public static class VersionComparison
{
    /// <summary>Properties that say nothing to an editor: the key never changes, the state is the workflow's.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "key", "state" };

    private static readonly HtmlParser Parser = new();

    public static IReadOnlyList<FieldChange> Compare(string before, string after)
    {
        var left = Flatten(before);
        var right = Flatten(after);
        var paths = left.Keys.Concat(right.Keys.Where(k => !left.ContainsKey(k))).ToList();
        return [.. paths.Select(p => new FieldChange(p, left.GetValueOrDefault(p, ""), right.GetValueOrDefault(p, "")))];
    }

    private static Dictionary<string, string> Flatten(string snapshot)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(snapshot);
        foreach (var property in document.RootElement.EnumerateObject().Where(p => !Hidden.Contains(p.Name)))
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in property.Value.EnumerateObject())
                {
                    fields[$"{property.Name}.{inner.Name}"] = Text(inner.Name, inner.Value);
                }
            }
            else
            {
                fields[property.Name] = Text(property.Name, property.Value);
            }
        }

        return fields;
    }

    private static string Text(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String when name.EndsWith("Html", StringComparison.Ordinal) => ReadableText(value.GetString()),
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Join("\n", value.EnumerateArray().Select(item => Text("", item))),
        JsonValueKind.Object => string.Join(" · ", value.EnumerateObject().Select(p => Text(p.Name, p.Value)).Where(t => t.Length > 0)),
        JsonValueKind.True => "✓",
        JsonValueKind.False => "—",
        _ => value.GetRawText(),
    };

    /// <summary>Stored (sanitised) HTML as plain text: a line per block, images by their alternative text.</summary>
    public static string ReadableText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        foreach (var node in Parser.ParseFragment(html, body).ToList())
        {
            body.AppendChild(node);
        }

        var text = new StringBuilder();
        Append(body, text);
        return string.Join("\n", text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Text);
                    break;
                case IElement { LocalName: "img" } image:
                    text.Append("[🖼 ").Append(image.GetAttribute("alt")).Append(']');
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "li" } item:
                    text.Append("\n• ");
                    Append(item, text);
                    text.Append('\n');
                    break;
                case IElement { LocalName: "p" or "h2" or "h3" or "h4" or "blockquote" or "figure" or "figcaption" or "ul" or "ol" } block:
                    text.Append('\n');
                    Append(block, text);
                    text.Append('\n');
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }
}
