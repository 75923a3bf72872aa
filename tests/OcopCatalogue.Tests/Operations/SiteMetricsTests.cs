using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Tests.Operations;

/// <summary>What an operator can watch: requests by page kind, the page cache, background rounds, the scan writer,
/// published in Prometheus' format on a listener of its own.</summary>
public sealed class SiteMetricsTests
{
    private static readonly int MetricsPort = FreePort();
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;
    private MeterListener _listener = null!;
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, string?> Tags)> _measured = new();

    [OneTimeSetUp]
    public void Start()
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SiteMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
        _factory = new OcopWebFactory(settings: new Dictionary<string, string?> { ["Ocop:Operations:MetricsPort"] = MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        // Each request measured on its own: a redirect is not followed.
        _client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _listener.Dispose();
        _client.Dispose();
        _factory.Dispose();
    }

    [TestCase("/", "home")]
    [TestCase("/san-pham", "catalogue")]
    [TestCase("/en/products", "catalogue")]
    [TestCase("/san-pham/bap-non-dong-hop", "product")]
    [TestCase(PublicPages.NotFound, "product")]
    [TestCase("/tim-kiem?q=tra", "search")]
    [TestCase("/api/search/suggest?q=tra", "suggest")]
    [TestCase("/backoffice", "back_office")]
    [TestCase("/khong-co-trang-nay", "none")]
    public async Task Each_request_is_timed_under_its_page_kind(string path, string kind)
    {
        _measured.Clear();
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        var timed = _measured.Where(m => m.Instrument == "http.request.duration").ToList();
        Assert.That(timed, Has.Count.EqualTo(1), $"{path} answered {(int)response.StatusCode}");
        Assert.That(timed[0].Tags["kind"], Is.EqualTo(kind));
        Assert.That(timed[0].Tags["status"], Is.EqualTo($"{(int)response.StatusCode / 100}xx"));
        Assert.That(timed[0].Value, Is.GreaterThan(0).And.LessThan(30));
    }

    [Test]
    public async Task A_page_asked_twice_is_a_miss_then_a_hit()
    {
        const string path = "/diem-ban?metrics-test=1";
        _measured.Clear();
        using (await _client.GetAsync(new Uri(path, UriKind.Relative)))
        {
        }

        using (await _client.GetAsync(new Uri(path, UriKind.Relative)))
        {
        }

        var lookups = _measured.Where(m => m.Instrument == "page_cache.requests").Select(m => m.Tags["result"]).ToList();
        Assert.That(lookups, Is.EqualTo(new[] { "miss", "hit" }));
    }

    [Test]
    public async Task The_prometheus_listener_publishes_the_sites_meters_and_the_page_never_does()
    {
        using (await _client.GetAsync(new Uri("/san-pham/bap-non-dong-hop", UriKind.Relative)))
        {
        }

        using var scraper = new HttpClient();
        var text = await scraper.GetStringAsync(new Uri($"http://127.0.0.1:{MetricsPort}/metrics"));

        Assert.That(text, Does.Match("ocop_http_request_duration[a-z_]*_bucket\\{[^}]*kind=\"product\""));
        Assert.That(text, Does.Contain("\nocop_scan_writer_queue "));
        Assert.That(text, Does.Match("\nocop_jobs_rounds\\{job=\"ScanRetentionService\",outcome=\"ok\"\\} 1"), "the background work's rounds at start");
        using var onSite = await _client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.That(onSite.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the public listener does not serve metrics");
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString();
        }

        _measured.Enqueue((instrument.Name, value, copy));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
