using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

/// <summary>What one uSync import run did, file by file (paths relative to the uSync folder).</summary>
public sealed class ImportReport(string directory)
{
    private readonly List<string> _added = [];
    private readonly List<string> _updated = [];
    private readonly List<string> _unchanged = [];
    private readonly List<string> _missing = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly List<ContentItemRef> _changes = [];

    public string Directory { get; } = directory;
    public IReadOnlyList<string> Added => _added;
    public IReadOnlyList<string> Updated => _updated;
    public IReadOnlyList<string> Unchanged => _unchanged;

    /// <summary>Every reason a file was skipped; one file can have several.</summary>
    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>The files skipped because of a problem, each once.</summary>
    public IReadOnlyList<string> Failed => [.. _problems.Select(p => p.Path).Distinct()];

    /// <summary>Files imported before and gone from disk now; their content stays in the database.</summary>
    public IReadOnlyList<string> MissingFromDisk => _missing;

    /// <summary>The items added or updated, each once, as the <see cref="ContentPublished"/> notification names them.</summary>
    public IReadOnlyList<ContentItemRef> Changes => _changes;

    public bool ChangedAnything => _changes.Count > 0;

    public string Summary =>
        $"uSync import: {_added.Count} added, {_updated.Count} updated, {_unchanged.Count} unchanged, {Failed.Count} failed";

    public override string ToString() => Summary;

    internal void AddUnchanged(string path) => _unchanged.Add(path);

    internal void AddProblem(ImportProblem problem) => _problems.Add(problem);

    internal void AddMissing(string path) => _missing.Add(path);

    internal void AddChanged(string path, bool added, IEnumerable<ContentItemRef> items)
    {
        (added ? _added : _updated).Add(path);
        foreach (var item in items.Where(i => !_changes.Contains(i)))
        {
            _changes.Add(item);
        }
    }
}
