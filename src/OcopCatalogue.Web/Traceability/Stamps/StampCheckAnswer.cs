namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// A request feature set before the page cache answers: what is known of the scanned stamp's serial and, for an
/// issued one, when it was first checked and how many times (this view included).
/// </summary>
public sealed record StampCheckAnswer(StampStatus Status, DateTimeOffset? FirstCheckedAt, long Checks)
{
    public static StampCheckAnswer NotSerialised { get; } = new(StampStatus.NotSerialised, null, 0);
}
