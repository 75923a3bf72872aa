namespace OcopCatalogue.Web.USync;

/// <summary>Finds the uSync folder the options point to.</summary>
public static class USyncDirectoryResolution
{
    public const string SolutionFileName = "OcopCatalogue.sln";
    public const string FolderName = "uSync";

    /// <summary>The configured folder as a full path, or the clone's uSync folder; null when neither is known.</summary>
    public static string? FindUSyncDirectory(this ContentSyncOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(options.USyncDirectory))
        {
            return Path.GetFullPath(options.USyncDirectory, environment.ContentRootPath);
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return Path.Combine(dir.FullName, FolderName);
            }
        }

        return null;
    }

    /// <summary>The uSync folder; only call after the options were validated.</summary>
    public static string ResolveUSyncDirectory(this ContentSyncOptions options, IHostEnvironment environment) =>
        options.FindUSyncDirectory(environment)
        ?? throw new InvalidOperationException("The uSync folder is unknown; set Ocop:USyncDirectory.");
}
