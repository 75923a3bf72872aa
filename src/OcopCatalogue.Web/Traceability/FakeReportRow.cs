using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>A report with the names staff recognise it by; <see cref="Lot"/> is null when the batch was removed.</summary>
public sealed record FakeReportRow(FakeReport Report, string ProductName, string? Gtin, string? TraceCode, string? Lot)
{
    /// <summary>The scan page the report was sent from, or null when the batch is gone.</summary>
    public string? ScanPath => Lot is null ? null : StampAddress.ForBatch(Gtin, TraceCode, Lot);
}
