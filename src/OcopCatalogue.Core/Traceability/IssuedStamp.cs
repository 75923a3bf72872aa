namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// One serial issued for a batch: keyed by the batch and the serial's packed value (<see cref="StampSerial"/>), with
/// its text beside it for people and print shops reading the table.
/// </summary>
public sealed class IssuedStamp
{
    public Guid BatchId { get; set; }
    public long SerialValue { get; set; }
    public string Serial { get; set; } = "";
    public Guid PrintOrderId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
}
