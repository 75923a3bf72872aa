using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Traceability;

/// <summary>Traceability settings, bound from <c>Ocop:Traceability</c>.</summary>
public sealed class TraceabilityOptions
{
    public const string Section = "Ocop:Traceability";

    /// <summary>
    /// Days a scan record is kept. The clone warnings only need recent scans (a batch sells within its shelf life),
    /// and a log kept for ever would be personal data kept for no purpose. Fake reports are never deleted by this.
    /// </summary>
    [Range(1, 3650)]
    public int ScanRetentionDays { get; set; } = 400;
}
