using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>A batch with its scan counts and why they look like copied or made-up stamps.</summary>
/// <param name="UnissuedScans">Scans of serials never issued for the batch (made up by whoever printed them), when it has issued stamps.</param>
/// <param name="LastUnissuedAt">When the latest of those was scanned.</param>
/// <param name="LastUnissuedNetwork">The coarse network (the scan log's salted /24 or /48) it came from.</param>
public sealed record SuspiciousBatch(
    Guid BatchId,
    string ProductName,
    string? Gtin,
    string? TraceCode,
    string Lot,
    int? QuantityProduced,
    string? QuantityUnit,
    long Scans,
    int MostNetworksForOneSerial,
    ScanSuspicion Suspicion,
    long UnissuedScans = 0,
    DateTimeOffset? LastUnissuedAt = null,
    string? LastUnissuedNetwork = null)
{
    /// <summary>Listed for staff: copied stamps by the shared rule, or any code scanned that was never issued.</summary>
    public bool IsSuspicious => Suspicion.IsSuspicious || UnissuedScans > 0;

    /// <summary>The batch's scan page.</summary>
    public string? ScanPath => StampAddress.ForBatch(Gtin, TraceCode, Lot);
}
