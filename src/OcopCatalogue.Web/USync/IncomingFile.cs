using System.Text.Json;

namespace OcopCatalogue.Web.USync;

/// <summary>One file under import: its bytes (for line numbers) and what is wrong with it so far.</summary>
public sealed class IncomingFile(string path, byte[] bytes, IReadOnlySet<string> onDisk)
{
    public string Path { get; } = path;

    /// <summary>Every uSync file present in this run, so a key claimed by a file that is gone can move.</summary>
    public IReadOnlySet<string> OnDisk { get; } = onDisk;

    public IReadOnlyList<ImportProblem> Problems => _problems;

    private readonly List<ImportProblem> _problems = [];

    public T? Read<T>()
        where T : class
    {
        try
        {
            return USyncJson.Deserialize<T>(bytes);
        }
        catch (JsonException ex)
        {
            _problems.Add(USyncJson.Describe(ex, Path, bytes));
            return null;
        }
    }

    /// <summary>Records the findings, each at its property's line; true when the file has no problem at all.</summary>
    public bool Check(IEnumerable<(string Property, string Message)> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var (property, message) in findings)
        {
            Fail(property, message);
        }

        return _problems.Count == 0;
    }

    public void Fail(string property, string message) =>
        _problems.Add(new ImportProblem(Path, USyncJson.LineOf(bytes, property), null, message));
}
