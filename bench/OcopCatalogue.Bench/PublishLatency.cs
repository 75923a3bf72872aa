using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace OcopCatalogue.Bench;

/// <summary>
/// bench/publish.sh's client: publishes products one after another through the site's bench-only publish endpoint
/// and, after each publish, asks for a set of pages once, as the first visitor after a publish does. Prints p50/p99
/// of the publish's handlers (each, and the chain), of the publish round trip, and of each page's first answer;
/// counts product pages that did not yet show the published text (stale: must be 0). Before each publish, each page is
/// also rendered once without one, for comparison.
/// </summary>
internal static class PublishLatency
{
    public static async Task<int> RunAsync(string url, IReadOnlyList<string> slugs, IReadOnlyList<string> pages, int count, TimeSpan pause)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string name, double ms)
        {
            if (!samples.TryGetValue(name, out var list))
            {
                samples[name] = list = [];
            }

            list.Add(ms);
        }

        var stale = 0;
        var failures = 0;
        for (var i = 0; i < count; i++)
        {
            var slug = slugs[i % slugs.Count];
            // For comparison: each page rendered once without a publish before it (a query value the page ignores
            // makes it a cache miss), so what a publish adds to the first answer shows apart from rendering.
            foreach (var page in pages)
            {
                var missStarted = Stopwatch.GetTimestamp();
                using var miss = await client.GetAsync(new Uri($"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}bench-miss={i}", UriKind.Relative));
                await miss.Content.ReadAsStringAsync();
                Add("uncached GET, no publish " + page, Stopwatch.GetElapsedTime(missStarted).TotalMilliseconds);
            }

            var started = Stopwatch.GetTimestamp();
            using var publish = await client.PostAsync(new Uri($"/_bench/publish?slug={Uri.EscapeDataString(slug)}", UriKind.Relative), null);
            var roundTrip = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (publish.StatusCode != HttpStatusCode.OK)
            {
                failures++;
                continue;
            }

            using var answer = JsonDocument.Parse(await publish.Content.ReadAsStringAsync());
            Add("publish round trip", roundTrip);
            Add("handler chain", answer.RootElement.GetProperty("handlersMs").GetDouble());
            foreach (var handler in answer.RootElement.GetProperty("handlers").EnumerateObject())
            {
                Add("  " + handler.Name, handler.Value.GetDouble());
            }

            // The text after " · " is ASCII ("bench 08:15:02.123"), whatever the page's encoder does with the dot.
            var description = answer.RootElement.GetProperty("shortDescription").GetString()!;
            var published = description[(description.LastIndexOf("bench ", StringComparison.Ordinal))..];
            foreach (var page in pages.Append("/san-pham/" + slug))
            {
                var pageStarted = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                var name = page.StartsWith("/san-pham/", StringComparison.Ordinal) && page.EndsWith(slug, StringComparison.Ordinal)
                    ? "first GET of the published product's page" : "first GET " + page;
                Add(name, Stopwatch.GetElapsedTime(pageStarted).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures++;
                }
                else if (page.EndsWith("/" + slug, StringComparison.Ordinal) && !body.Contains(published, StringComparison.Ordinal))
                {
                    stale++;
                }
            }

            await Task.Delay(pause);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} publishes, one page after another after each (ms):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"",-52} {"p50",8} {"p99",8} {"max",8}"));
        foreach (var (name, list) in samples)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-52} {Percentile(list, 0.50),8:F1} {Percentile(list, 0.99),8:F1} {list[^1],8:F1}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stale product pages after a publish: {stale} (must be 0); failed requests: {failures}"));
        return stale == 0 && failures == 0 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
}
