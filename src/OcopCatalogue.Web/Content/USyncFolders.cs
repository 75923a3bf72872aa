namespace OcopCatalogue.Web.Content;

/// <summary>The folders of the uSync tree, one per content type, and the order the import reads them in.</summary>
public static class USyncFolders
{
    public const string Producers = "producers";
    public const string SalesPoints = "sales-points";
    public const string Products = "products";
    public const string Certificates = "certificates";
    public const string Pages = "pages";
    public const string Batches = "batches";

    /// <summary>Referenced items first: products name producers and sales points, certificates and batches name products.</summary>
    public static IReadOnlyList<string> ImportOrder { get; } = [Producers, SalesPoints, Products, Certificates, Batches, Pages];

    /// <summary>The uSync files under <paramref name="directory"/>, in import order, by path relative to it with '/'.</summary>
    public static IEnumerable<(string Folder, string RelativePath, string FullPath)> EnumerateFiles(string directory)
    {
        foreach (var folder in ImportOrder)
        {
            var full = Path.Combine(directory, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(full, "*.json", SearchOption.TopDirectoryOnly)
                .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
                .Select(f => (Folder: folder, RelativePath: $"{folder}/{Path.GetFileName(f)}", FullPath: f))
                .OrderBy(f => f.RelativePath, StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }
}
