namespace OcopCatalogue.Web.Traceability;

/// <summary>A batch a stamp address names: what counting a scan of it needs.</summary>
public sealed record ScanTarget(Guid BatchId, int? QuantityProduced);
