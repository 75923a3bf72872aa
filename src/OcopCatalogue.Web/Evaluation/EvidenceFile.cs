namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// A file the producer attached to a part or criterion. It belongs to the next version until the dossier is submitted;
/// then <see cref="Version"/> is set and the file stays with that version. The bytes live in the shared storage.
/// </summary>
public sealed class EvidenceFile
{
    public const int MaxNameLength = 200;

    public Guid Id { get; set; }
    public Guid RegistrationId { get; set; }
    /// <summary>Null while the file waits for the next submission.</summary>
    public int? Version { get; set; }
    /// <summary>"A", "B" or "C", or a criterion code of the sheet.</summary>
    public string Target { get; set; } = "";
    /// <summary>What the uploader called it, for display only; never a path.</summary>
    public string OriginalName { get; set; } = "";
    /// <summary>The name the server made (GUID and an extension judged from the content).</summary>
    public string StoredName { get; set; } = "";
    public long Length { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}
