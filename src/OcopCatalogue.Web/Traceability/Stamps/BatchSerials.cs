namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// One batch's issued serials as sorted arrays of packed values (<see cref="Core.Traceability.StampSerial"/>): 8 bytes
/// a stamp, looked up by binary search without a lock, replaced whole when stamps are issued or revoked.
/// </summary>
public sealed class BatchSerials
{
    public static BatchSerials None { get; } = new([], []);

    private readonly long[] _issued;
    private readonly long[] _revoked;

    /// <param name="issued">Every serial ever issued for the batch, revoked ones included; sorted here.</param>
    /// <param name="revoked">Those revoked; sorted here.</param>
    public BatchSerials(long[] issued, long[] revoked)
    {
        ArgumentNullException.ThrowIfNull(issued);
        ArgumentNullException.ThrowIfNull(revoked);
        Array.Sort(issued);
        Array.Sort(revoked);
        _issued = issued;
        _revoked = revoked;
    }

    public bool HasStamps => _issued.Length > 0;

    public int Count => _issued.Length;

    public StampStatus StatusOf(long? serialValue) =>
        !HasStamps ? StampStatus.NotSerialised
        : serialValue is not { } value || Array.BinarySearch(_issued, value) < 0 ? StampStatus.NotIssued
        : Array.BinarySearch(_revoked, value) >= 0 ? StampStatus.Revoked
        : StampStatus.Issued;

    public bool Contains(long serialValue) => Array.BinarySearch(_issued, serialValue) >= 0;
}
