namespace OcopCatalogue.Web.Data;

/// <summary>Where the files every server must see are kept, bound from <c>Ocop:Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>
    /// The folder for media originals, decision scans and fake-report photos: with several servers, a file system
    /// they all mount. Unset: the data directory, as for one server. Relative paths are taken from the content root.
    /// </summary>
    public string? Directory { get; set; }
}
