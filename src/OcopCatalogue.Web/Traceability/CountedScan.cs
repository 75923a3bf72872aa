using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability;

/// <summary>A request feature: <see cref="ScanCounting"/> has recorded this view of a batch and judged the batch.</summary>
public sealed record CountedScan(Guid BatchId, ScanSuspicion Suspicion);
