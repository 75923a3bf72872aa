namespace OcopCatalogue.Web.USync;

/// <summary>What the content import last saw of one uSync file, so an unchanged file is skipped.</summary>
public sealed class ImportedFile
{
    /// <summary>Path relative to the uSync folder, with forward slashes.</summary>
    public string Path { get; set; } = "";
    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";
    public Guid ItemId { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
