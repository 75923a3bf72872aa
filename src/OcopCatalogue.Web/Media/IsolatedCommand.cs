namespace OcopCatalogue.Web.Media;

/// <summary>One run of an outside program for <see cref="IsolatedProcess"/>.</summary>
/// <param name="Program">Full path of the program.</param>
/// <param name="Arguments">Passed one by one, never through a shell.</param>
/// <param name="WorkingDirectory">A fresh directory of this run; also its HOME and TMPDIR.</param>
/// <param name="Timeout">After this the process tree is killed.</param>
/// <param name="MemoryLimitBytes">Address-space cap; 0 for none, or when <paramref name="Prlimit"/> is null.</param>
/// <param name="Prlimit">Full path of util-linux's prlimit, null when not installed.</param>
public sealed record IsolatedCommand(
    string Program,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    TimeSpan Timeout,
    long MemoryLimitBytes = 0,
    string? Prlimit = null)
{
    /// <summary>Variables set on top of the minimal environment (PATH, HOME, TMPDIR, LANG).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
