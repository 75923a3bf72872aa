using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace OcopCatalogue.Bench;

/// <summary>
/// bench/cluster.sh's publish-to-visible client: signs in on one node, publishes a content page through the back
/// office's own edit form COUNT times (each with a numbered title), and after each acknowledged publish (the
/// redirect after the save) asks every node's public page every few milliseconds until it shows the new title.
/// Prints p50/p99/max per node and of the slowest node per publish (visible everywhere), then a line
/// <c>RESULT &lt;p50 ms&gt; &lt;p99 ms&gt; &lt;max ms&gt; &lt;publishes&gt; &lt;not visible within the limit&gt;</c>.
/// </summary>
internal static class ClusterLatency
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string publishUrl, string email, string password, string editPath, string pagePath, string[] nodeUrls, int count)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var editor = new HttpClient(handler) { BaseAddress = new Uri(publishUrl), Timeout = TimeSpan.FromSeconds(30) };
        if (!await CrashPublisher.SignInAsync(editor, email, password))
        {
            return 1;
        }

        var readers = nodeUrls.Select(u => new HttpClient { BaseAddress = new Uri(u), Timeout = TimeSpan.FromSeconds(10) }).ToList();
        var perNode = nodeUrls.Select(_ => new List<double>()).ToList();
        var everywhere = new List<double>();
        var missed = 0;
        var marker = "cluster-latency-" + Guid.NewGuid().ToString("N")[..6];
        try
        {
            for (var i = 1; i <= count; i++)
            {
                var title = string.Create(CultureInfo.InvariantCulture, $"Giới thiệu chương trình OCOP {marker}-{i}.");
                var fields = await CrashPublisher.FormAsync(editor, editPath);
                fields["Form.Title"] = title;
                using (var response = await CrashPublisher.PostAsync(editor, editPath + "?handler=Publish", fields))
                {
                    if (response.StatusCode != HttpStatusCode.Redirect)
                    {
                        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"publish {i} answered {(int)response.StatusCode}"));
                        return 1;
                    }
                }

                var acknowledged = Stopwatch.StartNew();
                var seen = await Task.WhenAll(readers.Select(r => VisibleAfterAsync(r, pagePath, title, acknowledged)));
                for (var n = 0; n < seen.Length; n++)
                {
                    if (seen[n] is { } ms)
                    {
                        perNode[n].Add(ms);
                    }
                }

                if (seen.Any(s => s is null))
                {
                    missed++;
                }
                else
                {
                    everywhere.Add(seen.Max(s => s!.Value));
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }

        for (var n = 0; n < nodeUrls.Length; n++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {nodeUrls[n],-24} visible after p50 {Percentile(perNode[n], 50),7:F1} ms  p99 {Percentile(perNode[n], 99),7:F1} ms  max {Max(perNode[n]),7:F1} ms  ({perNode[n].Count} of {count})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {Percentile(everywhere, 50):F1} {Percentile(everywhere, 99):F1} {Max(everywhere):F1} {count} {missed}"));
        return 0;
    }

    /// <summary>Milliseconds from the acknowledgement until the page showed the text; null when not within the limit.</summary>
    private static async Task<double?> VisibleAfterAsync(HttpClient reader, string path, string text, Stopwatch since)
    {
        var encoded = WebUtility.HtmlEncode(text);
        while (since.Elapsed < Limit)
        {
            try
            {
                var html = await reader.GetStringAsync(new Uri(path, UriKind.Relative));
                if (html.Contains(text, StringComparison.Ordinal) || html.Contains(encoded, StringComparison.Ordinal))
                {
                    return since.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // A node that does not answer this moment is asked again.
            }

            await Task.Delay(5);
        }

        return null;
    }

    private static double Percentile(List<double> values, int percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static double Max(List<double> values) => values.Count == 0 ? double.NaN : values.Max();
}
