using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace OcopCatalogue.Bench;

/// <summary>
/// bench/cluster.sh's clients while a node is killed: CONNECTIONS loops asking the paths in turn through the load
/// balancer for SECONDS, each request noted with the Unix time in milliseconds it was sent and whether it was answered
/// 200. Writes one line per failed request (<c>E &lt;sent ms&gt;</c>) and one per second of sending
/// (<c>S &lt;second ms&gt; &lt;answered&gt; &lt;failed&gt;</c>) to the output file, for the script to set beside the kill's and
/// the load balancer's times.
/// </summary>
internal static class ClusterLoad
{
    public static async Task<int> RunAsync(string url, string[] paths, int connections, int seconds, string output)
    {
        var results = new ConcurrentBag<(long Sent, bool Ok)>();
        var end = DateTimeOffset.UtcNow.AddSeconds(seconds);
        var clients = Enumerable.Range(0, connections).Select(async c =>
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
            var next = c;
            while (DateTimeOffset.UtcNow < end)
            {
                var sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                bool ok;
                try
                {
                    using var response = await client.GetAsync(new Uri(paths[next++ % paths.Length], UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    ok = response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                catch (TaskCanceledException)
                {
                    ok = false;
                }

                results.Add((sent, ok));
            }
        }).ToList();
        await Task.WhenAll(clients);

        var lines = results.Where(r => !r.Ok).OrderBy(r => r.Sent).Select(r => string.Create(CultureInfo.InvariantCulture, $"E {r.Sent}"))
            .Concat(results.GroupBy(r => r.Sent / 1000 * 1000).OrderBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"S {g.Key} {g.Count(r => r.Ok)} {g.Count(r => !r.Ok)}")));
        await File.WriteAllLinesAsync(output, lines);
        return 0;
    }
}
