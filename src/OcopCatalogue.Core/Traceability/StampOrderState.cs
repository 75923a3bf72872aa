namespace OcopCatalogue.Core.Traceability;

/// <summary>Where a print order of stamps stands.</summary>
public enum StampOrderState
{
    /// <summary>Asked for by a writer; waiting for an editor.</summary>
    Requested = 1,

    /// <summary>Approved; its serials are being drawn and stored.</summary>
    Issuing = 2,

    /// <summary>Every serial is stored: the stamps answer scans and can be printed.</summary>
    Issued = 3,

    /// <summary>Turned down by an editor; nothing was issued.</summary>
    Refused = 4,

    /// <summary>Every stamp of the order was revoked (a lost or stolen roll).</summary>
    Revoked = 5,
}
