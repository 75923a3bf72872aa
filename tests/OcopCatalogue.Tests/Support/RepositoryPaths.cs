namespace OcopCatalogue.Tests.Support;

/// <summary>Folders of this repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string USync => Path.Combine(Root, "uSync");

    public static string WebRoot => Path.Combine(Root, "wwwroot");

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
