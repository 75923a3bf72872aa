namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>What the programme knows of a scanned serial.</summary>
public enum StampStatus
{
    /// <summary>The batch has no issued stamps, or the address carries no serial: the scan page says what it always did.</summary>
    NotSerialised = 0,

    /// <summary>Issued for this batch and not revoked.</summary>
    Issued = 1,

    /// <summary>The batch has issued stamps, and this serial is not one of them: a made-up code.</summary>
    NotIssued = 2,

    /// <summary>Issued, then revoked (a lost or stolen roll).</summary>
    Revoked = 3,
}
