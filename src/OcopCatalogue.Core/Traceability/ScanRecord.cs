namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// One view of a batch's scan page. Deliberately little: no address, no full user agent, nothing that names a person.
/// </summary>
public sealed class ScanRecord
{
    public long Id { get; set; }
    public Guid BatchId { get; set; }
    /// <summary>GS1 AI 21 when the stamp carries one.</summary>
    public string? Serial { get; set; }
    public DateTimeOffset ScannedAt { get; set; }
    /// <summary>See <see cref="Traceability.NetworkKey"/>.</summary>
    public string NetworkKey { get; set; } = "";
    public UserAgentFamily Family { get; set; }
}
