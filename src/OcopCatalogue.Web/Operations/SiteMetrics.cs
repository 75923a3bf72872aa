using System.Diagnostics.Metrics;

namespace OcopCatalogue.Web.Operations;

/// <summary>
/// The site's own measurements, as .NET meters (<see cref="MeterName"/>, so <c>ocop_</c> in Prometheus' names): the Prometheus endpoint publishes them
/// with ASP.NET Core's and Npgsql's (its connection pool), and a test reads them with a listener. Created through
/// <see cref="IMeterFactory"/>, so a host's instruments go with it.
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = "Ocop";

    private readonly Meter _meter;
    private readonly Histogram<double> _requests;
    private readonly Counter<long> _pageCache;
    private readonly Counter<long> _jobRounds;
    private readonly Counter<long> _instructionsApplied;
    private readonly Counter<long> _rebuilds;

    public SiteMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _requests = _meter.CreateHistogram(
            "http.request.duration", "s", "Time to answer a request, by the kind of page and the status class",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _pageCache = _meter.CreateCounter<long>("page_cache.requests", description: "Public pages asked of the page cache: hit (answered from it) or miss (rendered)");
        _jobRounds = _meter.CreateCounter<long>("jobs.rounds", description: "Rounds of background work on this node, by job and outcome (ok, failed, or skipped: another node holds the job's lease)");
        _instructionsApplied = _meter.CreateCounter<long>("cluster.instructions.applied", "{instruction}", "Other nodes' cache instructions this node has applied");
        _rebuilds = _meter.CreateCounter<long>("cluster.rebuilds", description: "Rebuilds of everything this node derives, for being too far behind or a pruned position, by reason");
    }

    /// <summary>A gauge read when the metrics are collected (a queue's length, how far behind a node is).</summary>
    public void Observe(string name, string unit, string description, Func<long> read) =>
        _meter.CreateObservableGauge(name, read, unit, description);

    /// <summary>A gauge in seconds, read when the metrics are collected.</summary>
    public void ObserveSeconds(string name, string description, Func<double> read) =>
        _meter.CreateObservableGauge(name, read, "s", description);

    public void InstructionsApplied(long count) => _instructionsApplied.Add(count);

    public void Rebuilt(string reason) => _rebuilds.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void RequestAnswered(string kind, int status, TimeSpan elapsed) =>
        _requests.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("status", StatusClass(status)));

    public void PageCache(bool hit) => _pageCache.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void JobRound(string job, bool succeeded) =>
        _jobRounds.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));

    public void JobRoundSkipped(string job) =>
        _jobRounds.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", "skipped"));

    private static string StatusClass(int status) => status switch
    {
        < 200 => "1xx",
        < 300 => "2xx",
        < 400 => "3xx",
        < 500 => "4xx",
        _ => "5xx",
    };
}
