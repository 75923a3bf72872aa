using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Data;

/// <summary>Where the site keeps its data, bound from the <c>Ocop</c> configuration section.</summary>
public sealed class ContentStoreOptions
{
    public const string Section = "Ocop";

    /// <summary>Folder for the SQLite database, media, keys and caches; relative paths are taken from the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary><c>Ocop:Storage</c>: the files shared by every server.</summary>
    public StorageOptions Storage { get; set; } = new();
}
