using System.Text.Json;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// The naming rules of files under uSync/: a handler names its items' files with these (a certificate or a batch
/// adds to its product's slug), and the exporter and publishing write the path the handler gives. A name must be
/// unique per item: two items sharing a file would overwrite each other's content.
/// </summary>
public static class USyncFileName
{
    /// <summary>The relative path of a file named by a slug, in <paramref name="folder"/>.</summary>
    public static string Of(string folder, string slug) =>
        // File names come from slugs; one that is not well-formed could point outside the folder.
        Slug.IsWellFormed(slug)
            ? $"{folder}/{slug}.json"
            : throw new InvalidOperationException($"'{slug}' is not a well-formed slug; it cannot name a file.");

    /// <summary>The key a uSync file holds, or null when it holds none (not JSON, no key).</summary>
    public static Guid? KeyIn(string fullPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("key", out var key)
                && key.TryGetGuid(out var guid)
                    ? guid
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
