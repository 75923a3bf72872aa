using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

/// <summary>The registered <see cref="ISyncHandler"/>s in import order, and the uSync files they read.</summary>
public sealed class SyncHandlers(IEnumerable<ISyncHandler> handlers)
{
    // Ties broken by folder, so the order never depends on registration order.
    public IReadOnlyList<ISyncHandler> InImportOrder { get; } =
        [.. handlers.OrderBy(h => h.ImportOrder).ThenBy(h => h.Folder, StringComparer.Ordinal)];

    public ISyncHandler? For(ContentItemType type) => InImportOrder.FirstOrDefault(h => h.Type == type);

    /// <summary>The uSync files under <paramref name="directory"/>, in import order, by path relative to it with '/'.</summary>
    public IEnumerable<(ISyncHandler Handler, string RelativePath, string FullPath)> EnumerateFiles(string directory)
    {
        foreach (var handler in InImportOrder)
        {
            var full = Path.Combine(directory, handler.Folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(full, "*.json", SearchOption.TopDirectoryOnly)
                .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
                .Select(f => (Handler: handler, RelativePath: $"{handler.Folder}/{Path.GetFileName(f)}", FullPath: f))
                .OrderBy(f => f.RelativePath, StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }
}
