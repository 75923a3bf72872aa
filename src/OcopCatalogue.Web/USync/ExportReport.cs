namespace OcopCatalogue.Web.USync;

/// <summary>What one uSync export did (paths relative to the target folder).</summary>
public sealed class ExportReport(string directory)
{
    private readonly List<string> _written = [];
    private readonly List<string> _unchanged = [];
    private readonly List<string> _removed = [];
    private readonly List<string> _notInStore = [];

    public string Directory { get; } = directory;

    /// <summary>Files created or rewritten because their content differed.</summary>
    public IReadOnlyList<string> Written => _written;

    /// <summary>Files that already held exactly the exported bytes and were not touched.</summary>
    public IReadOnlyList<string> Unchanged => _unchanged;

    /// <summary>Old files of items exported under a new name (a changed slug); removed so the key is not claimed twice.</summary>
    public IReadOnlyList<string> Removed => _removed;

    /// <summary>Files in the folder for items the store does not hold; left alone, since they may be an editor's new work.</summary>
    public IReadOnlyList<string> NotInStore => _notInStore;

    public string Summary =>
        $"uSync export to {Directory}: {_written.Count} written, {_unchanged.Count} unchanged, {_removed.Count} removed, {_notInStore.Count} not in the database";

    public override string ToString() => Summary;

    internal void AddWritten(string path) => _written.Add(path);

    internal void AddUnchanged(string path) => _unchanged.Add(path);

    internal void AddRemoved(string path) => _removed.Add(path);

    internal void AddNotInStore(string path) => _notInStore.Add(path);
}
