namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// Whether a batch's scans look like copied stamps: more scans recorded than items were produced, or one serial
/// (printed on one item only) scanned from many different networks.
/// </summary>
public sealed record ScanSuspicion(bool ScansExceedQuantity, bool SerialOnTooManyNetworks)
{
    /// <summary>A serial travels with one item; a few networks (home, shop, mobile data) are normal.</summary>
    public const int DefaultNetworkLimit = 5;

    public static readonly ScanSuspicion None = new(false, false);

    public bool IsSuspicious => ScansExceedQuantity || SerialOnTooManyNetworks;

    /// <param name="quantityProduced">Null when not published: then the count says nothing.</param>
    /// <param name="recordedScans">All recorded (non-bot) scans of the batch.</param>
    /// <param name="mostNetworksForOneSerial">The largest number of distinct networks any one serial was scanned from.</param>
    public static ScanSuspicion Judge(int? quantityProduced, long recordedScans, int mostNetworksForOneSerial, int networkLimit = DefaultNetworkLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recordedScans);
        ArgumentOutOfRangeException.ThrowIfNegative(mostNetworksForOneSerial);
        ArgumentOutOfRangeException.ThrowIfLessThan(networkLimit, 1);
        return new(
            quantityProduced is { } quantity && recordedScans > quantity,
            mostNetworksForOneSerial > networkLimit);
    }
}
