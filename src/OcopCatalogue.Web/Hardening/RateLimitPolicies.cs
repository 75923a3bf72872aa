using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Cluster;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// Named rate limits, each counted per client network: the salted /24 or /48 key of <see cref="NetworkKey"/>, so
/// neither the limiter nor a log ever holds an address. Endpoints opt in with <c>RequireRateLimiting(name)</c>.
/// Sign-in attempts are counted in the store, for the whole cluster (<see cref="ClusterWindowLimiter"/>): a guesser
/// spreading tries over the servers behind a load balancer gets no more of them. Search suggestions are counted per
/// server, in memory: that limit protects a server's own work, and a store write per keystroke would cost more than
/// the suggestion.
/// </summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Suggest = "suggest";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    internal static void Add(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = RejectAsync;
        // Only posts count: reading the sign-in form is free, trying a password is not.
        options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
            ? PerNetworkInCluster(context, SignIn, o => o.SignInPerMinute)
            : RateLimitPartition.GetNoLimiter(""));
        options.AddPolicy(Suggest, context => PerNetwork(context, o => o.SuggestPerMinute));
    }

    private static RateLimitPartition<string> PerNetwork(HttpContext context, Func<RateLimitOptions, int> permits)
    {
        var services = context.RequestServices;
        var limit = permits(services.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var key = NetworkKey.From(context.Connection.RemoteIpAddress, services.GetRequiredService<NetworkSalt>().Bytes);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = Window,
            QueueLimit = 0,
        });
    }

    private static RateLimitPartition<string> PerNetworkInCluster(HttpContext context, string policy, Func<RateLimitOptions, int> permits)
    {
        var services = context.RequestServices;
        var limit = permits(services.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var key = NetworkKey.From(context.Connection.RemoteIpAddress, services.GetRequiredService<NetworkSalt>().Bytes);
        return RateLimitPartition.Get(key, partition => new ClusterWindowLimiter(
            services.GetRequiredService<ClusterRateCounters>(), services.GetRequiredService<TimeProvider>(), policy, partition, limit, Window));
    }

    /// <summary>429 with Retry-After; a JSON body for the APIs, while pages get the friendly page from the status code pages.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (HardeningExtensions.IsApi(context.HttpContext.Request.Path))
        {
            await response.WriteAsJsonAsync(new { error = "too-many-requests", retryAfterSeconds = seconds }, cancellationToken).ConfigureAwait(false);
        }
    }
}
