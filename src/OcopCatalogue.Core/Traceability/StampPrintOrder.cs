namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// A request for <see cref="RequestedCount"/> stamps of one batch (đơn in tem): who asked and why, who approved,
/// how the sheets are laid out, and how many serials are issued so far (progress while a large order is issued).
/// </summary>
public sealed class StampPrintOrder
{
    public const int MaxNameLength = 256;

    public Guid Id { get; set; }
    public Guid BatchId { get; set; }
    public int RequestedCount { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>Why the batch needs more stamps than its declared quantity, when it does.</summary>
    public string? OverQuantityReason { get; set; }

    public string? RequestedById { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public string? ApprovedById { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public StampOrderState State { get; set; } = StampOrderState.Requested;
    public int IssuedCount { get; set; }
    public int StampWidthMm { get; set; }
    public int StampHeightMm { get; set; }
    public int Columns { get; set; }
    public int MarginMm { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }

    public StampLayout Layout => new(StampWidthMm, StampHeightMm, Columns, MarginMm);
}
