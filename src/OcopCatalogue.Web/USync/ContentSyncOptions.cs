namespace OcopCatalogue.Web.USync;

/// <summary>Where the content files live, bound from the <c>Ocop</c> configuration section.</summary>
public sealed class ContentSyncOptions
{
    public const string Section = "Ocop";

    /// <summary>The largest uSync file the import reads; anything bigger is reported, not parsed.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// The uSync folder; relative paths are taken from the content root. When empty, the <c>uSync</c> folder beside
    /// <c>OcopCatalogue.sln</c> is used, found by walking up from the content root (the layout of a clone).
    /// </summary>
    public string? USyncDirectory { get; set; }
}
