namespace OcopCatalogue.BrowserTests.Support;

/// <summary>Folders and tools of this repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string USync => Path.Combine(Root, "uSync");

    /// <summary>axe-core, installed by <c>npm ci</c> from the repository's package.json (scripts/test.sh).</summary>
    public static string AxeScript => Path.Combine(Root, "node_modules", "axe-core", "axe.min.js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OcopCatalogue.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OcopCatalogue.sln not found above " + AppContext.BaseDirectory);
    }
}
