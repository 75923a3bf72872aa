namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// A batch's scans counted in memory, so each new scan is judged at once (<see cref="ScanSuspicion"/>) without
/// counting the batch's recorded scans again. It starts from the recorded figures and learns a serial's networks
/// the first time that serial is scanned; after that every scan is added here as it is recorded.
/// </summary>
/// <remarks>Safe to share between threads: every read and change takes the tally's lock, which is held for a few
/// dictionary operations only.</remarks>
public sealed class BatchScanTally
{
    private readonly object _gate = new();
    private readonly Dictionary<string, HashSet<string>> _networksBySerial = new(StringComparer.Ordinal);
    private readonly int _networkLimit;
    private long _scans;
    private int _mostNetworks;

    /// <param name="recordedScans">All recorded scans of the batch.</param>
    /// <param name="mostNetworksForOneSerial">The most distinct networks one serial was recorded from.</param>
    /// <param name="networkLimit">Networks a serial may be scanned from before it looks copied.</param>
    public BatchScanTally(long recordedScans, int mostNetworksForOneSerial, int networkLimit = ScanSuspicion.DefaultNetworkLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recordedScans);
        ArgumentOutOfRangeException.ThrowIfNegative(mostNetworksForOneSerial);
        ArgumentOutOfRangeException.ThrowIfLessThan(networkLimit, 1);
        _scans = recordedScans;
        _mostNetworks = mostNetworksForOneSerial;
        _networkLimit = networkLimit;
    }

    public long Scans
    {
        get
        {
            lock (_gate)
            {
                return _scans;
            }
        }
    }

    /// <summary>Whether the networks of this serial are known here; if not, learn them with <see cref="LearnSerial"/> first.</summary>
    public bool KnowsSerial(string serial)
    {
        ArgumentNullException.ThrowIfNull(serial);
        lock (_gate)
        {
            return _networksBySerial.ContainsKey(serial);
        }
    }

    /// <summary>
    /// The networks a serial was recorded from before this tally knew it. Learning a serial twice keeps the first
    /// (both were read from the same records, and scans added in between are in the first).
    /// </summary>
    public void LearnSerial(string serial, IEnumerable<string> recordedNetworks)
    {
        ArgumentNullException.ThrowIfNull(serial);
        ArgumentNullException.ThrowIfNull(recordedNetworks);
        lock (_gate)
        {
            if (!_networksBySerial.ContainsKey(serial))
            {
                var networks = new HashSet<string>(StringComparer.Ordinal);
                foreach (var network in recordedNetworks)
                {
                    // Past the limit the serial already looks copied; more networks change nothing.
                    if (networks.Count > _networkLimit)
                    {
                        break;
                    }

                    networks.Add(network);
                }

                _networksBySerial[serial] = networks;
                _mostNetworks = Math.Max(_mostNetworks, networks.Count);
            }
        }
    }

    /// <summary>Adds one scan and judges the batch with it: the scan that crosses a limit already cautions.</summary>
    /// <exception cref="InvalidOperationException">The serial was not learnt first.</exception>
    public ScanSuspicion Add(string? serial, string networkKey, int? quantityProduced)
    {
        ArgumentNullException.ThrowIfNull(networkKey);
        lock (_gate)
        {
            if (serial is not null)
            {
                if (!_networksBySerial.TryGetValue(serial, out var networks))
                {
                    throw new InvalidOperationException($"Serial '{serial}' must be learnt before it is added.");
                }

                if (networks.Count <= _networkLimit && networks.Add(networkKey))
                {
                    _mostNetworks = Math.Max(_mostNetworks, networks.Count);
                }
            }

            _scans++;
            return JudgeLocked(quantityProduced);
        }
    }

    public ScanSuspicion Judge(int? quantityProduced)
    {
        lock (_gate)
        {
            return JudgeLocked(quantityProduced);
        }
    }

    private ScanSuspicion JudgeLocked(int? quantityProduced) =>
        ScanSuspicion.Judge(quantityProduced, _scans, _mostNetworks, _networkLimit);
}
