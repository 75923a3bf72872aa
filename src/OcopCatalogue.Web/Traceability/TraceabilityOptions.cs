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

    /// <summary>
    /// Seconds between this node's reads of the scan log for what other nodes recorded, so the clone and
    /// over-quantity cautions judge the whole cluster's views: a caution shows on every node at most this long (plus
    /// the other node's write, a few milliseconds) after the view that crosses the limit.
    /// </summary>
    [Range(0.05, 60)]
    public double ScanSyncSeconds { get; set; } = 1;

    /// <summary>
    /// Stamps up to which an order's PDF is made while its requester waits (a few seconds); a larger order's PDF is
    /// made in the background, the stamps page showing how far it is, and downloaded when ready.
    /// </summary>
    [Range(0, 100_000)]
    public int StampPdfAtOnceLimit { get; set; } = 2_000;
}
