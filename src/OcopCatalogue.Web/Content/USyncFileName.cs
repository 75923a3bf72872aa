using System.Text.Json;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.Content;

/// <summary>
/// The one place that names an item's file under uSync/, so the exporter and publishing write the same path.
/// A name must be unique per item: two items sharing a file would overwrite each other's content.
/// </summary>
public static class USyncFileName
{
    /// <summary>Characters of the key a batch's file name carries: a product slug and a lot alone are ambiguous
    /// ("kiem-thu" + "XSS-1" and "kiem-thu-xss" + "1"; lots "A.1" and "A-1"), the key is not.</summary>
    public const int BatchKeyLength = 8;

    /// <summary>The relative path of a file named by a slug, in <paramref name="folder"/>.</summary>
    public static string Of(string folder, string slug) =>
        // File names come from slugs; one that is not well-formed could point outside the folder.
        Slug.IsWellFormed(slug)
            ? $"{folder}/{slug}.json"
            : throw new InvalidOperationException($"'{slug}' is not a well-formed slug; it cannot name a file.");

    /// <summary>A certificate's file: its product's slug and its sequence, which is digits only, so the pair is unambiguous.</summary>
    public static string OfCertificate(string productSlug, int sequence)
    {
        _ = Of(USyncFolders.Certificates, productSlug);
        return $"{USyncFolders.Certificates}/{productSlug}-{sequence}.json";
    }

    /// <summary>A batch's file: its product's slug, its lot as a slug and the start of its key.</summary>
    public static string OfBatch(string productSlug, string lotCode, Guid key)
    {
        _ = Of(USyncFolders.Batches, productSlug);
        var lot = Slug.From(lotCode);
        var keyPart = key.ToString("N")[..BatchKeyLength];
        return lot.Length == 0
            ? $"{USyncFolders.Batches}/{productSlug}-{keyPart}.json"
            : $"{USyncFolders.Batches}/{productSlug}-{lot}-{keyPart}.json";
    }

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
