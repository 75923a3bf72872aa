using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>A batch with its scan counts and why they look like copied stamps.</summary>
public sealed record SuspiciousBatch(
    Guid BatchId,
    string ProductName,
    string? Gtin,
    string Lot,
    int? QuantityProduced,
    string? QuantityUnit,
    long Scans,
    int MostNetworksForOneSerial,
    ScanSuspicion Suspicion)
{
    /// <summary>The batch's scan page.</summary>
    public string? ScanPath => StampAddress.ForBatch(Gtin, Lot);
}
