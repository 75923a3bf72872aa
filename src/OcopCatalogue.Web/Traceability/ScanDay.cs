namespace OcopCatalogue.Web.Traceability;

/// <summary>The scans recorded on one day, Vietnam time (0 for a day without any).</summary>
public sealed record ScanDay(DateOnly Day, int Scans);
