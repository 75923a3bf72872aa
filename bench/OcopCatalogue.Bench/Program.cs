using System.Diagnostics;
using System.Globalization;
using OcopCatalogue.Bench;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Search;

// Benchmarks that need a generated catalogue larger than the real content.
//   search [--products 50000] [--queries 1000] [--no-cache]   p50/p95 of ranked, faceted search (issue 3)
//   seed --data DIR [--products 20000]          fills a data directory for load tests of the site (bench/load.sh),
//                                               with a batch for every 20th product and bench-targets.env naming pages
//   qr [--count 10000]                          p50/p99 of drawing a stamp's QR PNG (issue 4)
//   sanitize [--runs 21]                        the story sanitiser on 1 MB of nested tags and a 50 KB story (issue 13)
//   publish --url U (--email E --password P | --cookies CURL-JAR) --edit /backoffice/trang/{id} --count 200
//           --acked FILE [--from 1] [--marker crash-publish] [--answers DIR]
//                                               bench/crash.sh's and bench/full-disk.sh's writer: numbered publishes
//                                               through the back office; with --answers, goes on past refusals and
//                                               keeps each refused answer in DIR
//   publish-latency --url U --slugs "a b" --pages "/ /san-pham" [--count 50] [--pause-ms 200]
//                                               bench/publish.sh's client: p50/p99 of each publish's handlers and of
//                                               the first answer of each page after it, on a running site
//   cluster-latency --url U --email E --password P --edit /backoffice/trang/{id} --page /trang/slug --nodes "U1 U2" [--count 100]
//                                               bench/cluster.sh: publish on U through the back office, then time until
//                                               every node's page shows it (p50/p99 per node and everywhere)
//   cluster-load --url U --paths "/ /san-pham" [--connections 32] [--seconds 15] --out FILE
//                                               bench/cluster.sh: clients through the load balancer, failures by time
var command = args.FirstOrDefault() ?? "search";
if (command == "qr")
{
    QrTiming.Run(IntOption("--count", 10_000));
    return;
}

if (command == "sanitize")
{
    SanitizeTiming.Run(IntOption("--runs", 21));
    return;
}

if (command == "publish")
{
    Environment.ExitCode = await CrashPublisher.RunAsync(StringOption("--url")!, StringOption("--email"), StringOption("--password"),
        StringOption("--cookies"), StringOption("--edit")!, IntOption("--count", 200), StringOption("--acked")!,
        IntOption("--from", 1), StringOption("--marker") ?? "crash-publish", StringOption("--answers"));
    return;
}

if (command == "cluster-latency")
{
    Environment.ExitCode = await ClusterLatency.RunAsync(StringOption("--url")!, StringOption("--email")!, StringOption("--password")!,
        StringOption("--edit")!, StringOption("--page")!, Words(StringOption("--nodes")), IntOption("--count", 100));
    return;
}

if (command == "cluster-load")
{
    Environment.ExitCode = await ClusterLoad.RunAsync(StringOption("--url")!, Words(StringOption("--paths")),
        IntOption("--connections", 32), IntOption("--seconds", 15), StringOption("--out")!);
    return;
}

if (command == "publish-latency")
{
    Environment.ExitCode = await PublishLatency.RunAsync(StringOption("--url")!, Words(StringOption("--slugs")), Words(StringOption("--pages")),
        IntOption("--count", 50), TimeSpan.FromMilliseconds(IntOption("--pause-ms", 200)));
    return;
}

var products = IntOption("--products", command == "search" ? 50_000 : 20_000);
var queries = IntOption("--queries", 1_000);
var dataDirectory = StringOption("--data") ?? Directory.CreateTempSubdirectory("ocop-bench-").FullName;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration["Ocop:DataDirectory"] = dataDirectory;
if (args.Contains("--no-cache"))
{
    builder.Configuration["Ocop:Search:MatchCacheEntries"] = "0";
}

builder.AddContentStore();
builder.AddSearch();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddSingleton(TimeProvider.System);
await using var app = builder.Build();
await app.MigrateContentStoreAsync();

var stopwatch = Stopwatch.StartNew();
Console.WriteLine($"seeding {products:N0} generated products into {dataDirectory} ...");
var generated = new GeneratedCatalogue(seed: 2026);
var (producerRows, productRows) = generated.Generate(products);
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    db.Producers.AddRange(producerRows);
    await db.SaveChangesAsync();
    foreach (var chunk in productRows.Chunk(5_000))
    {
        db.Products.AddRange(chunk);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        Console.WriteLine($"  {chunk.Length:N0} more products written ({stopwatch.Elapsed.TotalSeconds:F1} s)");
    }

    db.TraceBatches.AddRange(generated.Batches);
    await db.SaveChangesAsync();
    Console.WriteLine($"  {generated.Batches.Count:N0} batches written");
}

Console.WriteLine("building the search index ...");
var indexWatch = Stopwatch.StartNew();
await using (var scope = app.Services.CreateAsyncScope())
{
    var count = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync();
    Console.WriteLine($"  {count:N0} documents indexed in {indexWatch.Elapsed.TotalSeconds:F1} s");
}

if (command == "seed")
{
    // The measured batch gets 10,000 issued stamps, so its serialised scan page is judged against a real set.
    var (_, stamped) = BenchTargets.Measured(productRows, generated.Batches);
    var values = StampSerial.Draw(10_001);
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var order = new StampPrintOrder
        {
            Id = Guid.NewGuid(), BatchId = stamped.Id, RequestedCount = 10_000, Reason = "bench", RequestedBy = "bench", RequestedAt = DateTimeOffset.UtcNow,
            State = StampOrderState.Issued, IssuedCount = 10_000, StampWidthMm = 32, StampHeightMm = 45, Columns = 5, MarginMm = 10,
        };
        db.Add(order);
        db.AddRange(values.Take(10_000).Select(v => new IssuedStamp { BatchId = stamped.Id, SerialValue = v, Serial = StampSerial.FromValue(v), PrintOrderId = order.Id }));
        await db.SaveChangesAsync();
    }

    var targets = Path.Combine(dataDirectory, BenchTargets.FileName);
    await File.WriteAllTextAsync(targets, BenchTargets.Describe(productRows, generated.Batches,
        StampSerial.FromValue(values[0]), StampSerial.FromValue(values[^1])));
    Console.WriteLine($"seeded {dataDirectory}; pages to measure in {targets}");
    return;
}

var search = app.Services.GetRequiredService<SiteSearch>();
var mix = QueryMix.From(productRows.Select(p => p.Name).ToList(), producerRows.Select(p => p.Name).ToList(), queries, seed: 7);
foreach (var warmUp in mix.Take(50))
{
    await search.SearchAsync(new SearchRequest { Query = warmUp });
}

var timings = new List<double>(mix.Count);
var slowest = new List<(double Ms, string Query, int Total)>();
var withHits = 0;
foreach (var query in mix)
{
    var started = Stopwatch.GetTimestamp();
    var results = await search.SearchAsync(new SearchRequest { Query = query });
    timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    slowest.Add((timings[^1], query, results.Total));
    withHits += results.Total > 0 ? 1 : 0;
}

timings.Sort();
foreach (var (ms, query, total) in slowest.OrderByDescending(s => s.Ms).Take(int.Parse(Environment.GetEnvironmentVariable("SHOW_SLOWEST") ?? "0", CultureInfo.InvariantCulture)))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slow: {ms,8:F2} ms  {total,6} hits  {query}"));
}

double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
var cacheState = args.Contains("--no-cache") ? "match cache off" : "match cache on";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"search over {products:N0} products, {timings.Count:N0} mixed queries ({withHits:N0} with hits), ranked with facets, {cacheState}: " +
    $"p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms, max {timings[^1]:F2} ms"));
Directory.Delete(dataDirectory, recursive: true);

int IntOption(string name, int fallback) =>
    StringOption(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string[] Words(string? value) => (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

string? StringOption(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
