using System.Threading.RateLimiting;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// A fixed-window limiter of one partition that counts in the store (<see cref="ClusterRateCounters"/>) instead of this
/// process' memory, for ASP.NET Core's rate-limiting middleware: a limit of N per window for the whole cluster. The
/// middleware first tries the synchronous acquire, which cannot ask the store and so always declines; it then waits
/// for the asynchronous one, which counts. A refused lease carries Retry-After metadata as the built-in limiters' do.
/// </summary>
public sealed class ClusterWindowLimiter(ClusterRateCounters counters, TimeProvider clock, string policy, string partition, int permitLimit, TimeSpan window)
    : RateLimiter
{
    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Declined;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        var (count, untilNextWindow) = await counters.CountAsync(policy, partition, window, cancellationToken).ConfigureAwait(false);
        return count <= permitLimit ? Lease.Granted : new Lease(false, untilNextWindow);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public static readonly Lease Declined = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
