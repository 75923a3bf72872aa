using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// At most <see cref="ReportsPerWindow"/> report submissions an hour from one coarse network (the salted /24 or /48
/// of <see cref="NetworkKey"/>), so nobody can flood staff's inbox or the disk. Viewing scan pages is never limited.
/// Every POST counts, invalid ones too: the limit is on attempts, and an honest shopper needs one or two. Counted in
/// the store for the whole cluster (<see cref="ClusterWindowLimiter"/>), whichever server takes each report.
/// </summary>
public sealed class FakeReportRateLimit(NetworkSalt salt, ClusterRateCounters counters, TimeProvider clock) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "fake-reports";
    public const int ReportsPerWindow = 5;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        // Status code pages then re-execute the friendly error page in the visitor's language.
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("view");
        }

        var key = NetworkKey.From(httpContext.Connection.RemoteIpAddress, salt.Bytes);
        return RateLimitPartition.Get(key, partition => new ClusterWindowLimiter(counters, clock, PolicyName, partition, ReportsPerWindow, Window));
    }
}
