using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>The repository's sample batch XD2025-07 (500 produced) on a site of its own, so counts start at zero.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class ScanLogTests(DatabaseProvider provider)
{
    private const string Lot = "XD2025-07";
    private const string Phone = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Mobile Safari/537.36";

    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;
    private TraceBatch _batch = null!;
    private string _path = "";

    [SetUp]
    public async Task StartAsync()
    {
        _factory = new OcopWebFactory { Provider = provider };
        _client = _factory.CreateClient();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        _batch = await db.TraceBatches.AsNoTracking().SingleAsync(b => b.LotCode == Lot);
        var gtin = await db.Products.Where(p => p.Id == _batch.ProductId).Select(p => p.Gtin).SingleAsync();
        _path = $"/01/{gtin}/10/{Lot}";
    }

    [TearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<List<ScanRecord>> RecordsAsync()
    {
        // Views are written in batches by a background writer; wait for what is queued.
        await _factory.Services.GetRequiredService<ScanRecorder>().FlushAsync();
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OcopDbContext>().Set<ScanRecord>().AsNoTracking().ToListAsync();
    }

    private async Task<HttpResponseMessage> ScanAsync(string path, string userAgent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return await _client.SendAsync(request);
    }

    [Test]
    public async Task A_view_of_the_scan_page_is_recorded_with_its_serial_and_only_coarse_facts()
    {
        using var response = await ScanAsync(_path + "/21/S42", Phone);

        var records = await RecordsAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(records, Has.Count.EqualTo(1));
        var record = records[0];
        Assert.That(record.BatchId, Is.EqualTo(_batch.Id));
        Assert.That(record.Serial, Is.EqualTo("S42"));
        Assert.That(record.Family, Is.EqualTo(UserAgentFamily.Android));
        Assert.That(record.ScannedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(record.NetworkKey, Does.Not.Contain("127.0.0").And.Not.Empty);
    }

    [Test]
    public async Task Bots_are_not_counted()
    {
        using var bot = await ScanAsync(_path, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        using var spider = await ScanAsync(_path, "Baiduspider/2.0");
        using var person = await ScanAsync(_path, Phone);

        var records = await RecordsAsync();
        Assert.That(bot.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(records[0].Family, Is.EqualTo(UserAgentFamily.Android));
    }

    [Test]
    public async Task Page_cautions_the_shopper_once_scans_exceed_the_quantity_produced()
    {
        var before = await HtmlPage.GetAsync(_client, _path);
        Assert.That(before.Document.QuerySelector("#scan-caution"), Is.Null, "one scan of 500 is not suspicious");

        // As many more scans as were produced, counted as the site counts a view: the next view, rendered or from
        // the page cache, cautions.
        var tallies = _factory.Services.GetRequiredService<ScanTallies>();
        for (var i = 0; i < _batch.QuantityProduced!.Value; i++)
        {
            await tallies.RecordAsync(new ScanRecord
            {
                BatchId = _batch.Id,
                ScannedAt = DateTimeOffset.UtcNow,
                NetworkKey = "test",
                Family = UserAgentFamily.Other,
            }, _batch.QuantityProduced, CancellationToken.None);
        }

        var after = await HtmlPage.GetAsync(_client, _path);
        var caution = HtmlPage.Collapse(after.Document.QuerySelector("#scan-caution")?.TextContent ?? "");
        Assert.That(caution, Does.Contain("Cần thận trọng").And.Contain("kiểm tra người bán").And.Contain("báo cho chúng tôi"));
        Assert.That(after.Document.QuerySelector("#scan-caution [aria-hidden='true']")?.TextContent, Is.EqualTo("⚠"), "not colour alone");
    }
}
