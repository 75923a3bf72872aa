using System.Diagnostics;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Bench;

/// <summary>
/// Issue 4's "QR PNG generation under 1 ms p99": times drawing a batch stamp's PNG from scratch, and the cached
/// answer the site really gives, over many different URLs so the cache cannot hide the drawing.
/// </summary>
public static class QrTiming
{
    public static void Run(int count)
    {
        // Example GS1 prefix 952 and a longest-case public address and lot, so the code is as large as real stamps get.
        var urls = Enumerable.Range(0, count)
            .Select(i => $"https://ocop.example.gov.vn/01/09520123456788/10/LOT{i:D6}-2026XX")
            .ToArray();
        for (var i = 0; i < 200; i++)
        {
            QrStamps.RenderPng(urls[i]);
        }

        var drawn = Time(urls, url => QrStamps.RenderPng(url));
        var stamps = new QrStamps();
        foreach (var url in urls)
        {
            stamps.Png(url);
        }

        var cached = Time(urls, url => stamps.Png(url));
        Console.WriteLine($"QR PNG, {count:N0} different batch URLs ({QrStamps.RenderPng(urls[0]).Length:N0} bytes each)");
        Report("drawn (no cache)", drawn);
        Report("served from cache", cached);
    }

    private static double[] Time(string[] urls, Action<string> work)
    {
        var times = new double[urls.Length];
        for (var i = 0; i < urls.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            work(urls[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static void Report(string what, double[] sorted)
    {
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine($"  {what,-18} p50 {At(0.50):F3} ms   p95 {At(0.95):F3} ms   p99 {At(0.99):F3} ms   max {sorted[^1]:F3} ms");
    }
}
