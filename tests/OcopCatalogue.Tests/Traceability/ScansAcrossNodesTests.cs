using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Data.PostgreSql;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>
/// Two servers on one content store (on SQLite: one data directory, as two processes on one machine; on
/// PostgreSQL: one database and data directories of their own), each counting the views it serves: the cautions
/// judge both servers' views, on both, within moments of the view that crosses the limit.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class ScansAcrossNodesTests(DatabaseProvider provider)
{
    private const string Lot = "XD2025-07";
    private const string Phone = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Mobile Safari/537.36";
    private const string Crawler = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    /// <summary>What the issue allows between the view that crosses a limit and the caution on every node.</summary>
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(5);

    private string? _database;
    private OcopWebFactory _a = null!;
    private OcopWebFactory _b = null!;
    private HttpClient _clientA = null!;
    private HttpClient _clientB = null!;
    private TraceBatch _batch = null!;
    private string _batchPath = "";

    [SetUp]
    public async Task StartTwoServersAsync()
    {
        var settings = new Dictionary<string, string?> { ["Ocop:Traceability:ScanSyncSeconds"] = "0.2" };
        if (provider == DatabaseProvider.PostgreSql)
        {
            _database = TestPostgreSql.CreateDatabase();
            settings["Ocop:Database:Provider"] = "PostgreSQL";
            settings["ConnectionStrings:Ocop"] = _database;
        }

        _a = new OcopWebFactory(settings: settings);
        _clientA = _a.CreateClient();
        if (provider == DatabaseProvider.Sqlite)
        {
            settings["Ocop:DataDirectory"] = _a.DataDirectory;
        }

        _b = new OcopWebFactory(settings: settings);
        _clientB = _b.CreateClient();
        _batch = await _a.BatchAsync(Lot);
        _batchPath = $"/01/{(await _a.ProductAsync(_batch.ProductId)).Gtin}/10/{Lot}";
    }

    [TearDown]
    public async Task StopAsync()
    {
        _clientA.Dispose();
        _clientB.Dispose();
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        if (_database is not null)
        {
            TestPostgreSql.DropDatabase(_database);
        }
    }

    [Test]
    public async Task A_serial_scanned_from_three_networks_on_each_server_cautions_on_both()
    {
        var serial = _batchPath + "/21/SPLIT1";
        for (var network = 1; network <= 3; network++)
        {
            await ScanAsync(_clientA, serial, Phone, $"203.0.{network}.7");
            await ScanAsync(_clientB, serial, Phone, $"198.51.{network}.7");
        }

        var clock = Stopwatch.StartNew();
        var onA = await CautionWithinAsync(_clientA, serial);
        var onB = await CautionWithinAsync(_clientB, serial);

        Assert.That(onA, Is.True, "server A shows the caution");
        Assert.That(onB, Is.True, "server B shows the caution");
        Assert.That(clock.Elapsed, Is.LessThan(Allowed));
    }

    [Test]
    public async Task More_scans_across_the_servers_than_packs_produced_caution_on_both()
    {
        var quantity = _batch.QuantityProduced!.Value;
        var onA = quantity / 2;
        await CountAsync(_a, onA, "a");
        await CountAsync(_b, quantity - onA, "b");
        var atQuantity = await ScanAsync(_clientA, _batchPath, Crawler, "192.0.2.1");
        await CountAsync(_b, 1, "c");

        var clock = Stopwatch.StartNew();
        var cautionOnA = await CautionWithinAsync(_clientA, _batchPath);
        var cautionOnB = await CautionWithinAsync(_clientB, _batchPath);

        Assert.That(Cautions(atQuantity), Is.False, "as many scans as packs is no caution");
        Assert.That(cautionOnA, Is.True, "server A counts server B's scans");
        Assert.That(cautionOnB, Is.True, "server B counts server A's scans");
        Assert.That(clock.Elapsed, Is.LessThan(Allowed));
    }

    [Test]
    public async Task A_server_that_stops_writes_the_scans_it_still_had_queued()
    {
        if (provider != DatabaseProvider.PostgreSql)
        {
            Assert.Ignore("Holding the writer back needs a table lock another connection can take and release: PostgreSQL's.");
        }

        await CountAsync(_a, 1, "first");
        await using var blocker = new NpgsqlConnection(_database);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("""LOCK TABLE "ScanRecords" IN ACCESS EXCLUSIVE MODE""", blocker, hold))
        {
            await command.ExecuteNonQueryAsync();
        }

        await CountAsync(_a, 40, "queued");
        var stopping = _a.DisposeAsync().AsTask();
        await Task.Delay(500);
        var stoppedWhileHeld = stopping.IsCompleted;
        await hold.CommitAsync();
        await stopping;

        var recorded = await _b.WithDbAsync(db => db.Set<ScanRecord>().CountAsync(r => r.BatchId == _batch.Id));
        Assert.That(stoppedWhileHeld, Is.False, "the stop waited for the writer");
        Assert.That(recorded, Is.EqualTo(41));
    }

    /// <summary>Views counted by a server's tallies, as its scan pages count them, from networks named after <paramref name="prefix"/>.</summary>
    private async Task CountAsync(OcopWebFactory site, int views, string prefix)
    {
        var tallies = site.Services.GetRequiredService<ScanTallies>();
        for (var i = 0; i < views; i++)
        {
            await tallies.RecordAsync(
                new ScanRecord { BatchId = _batch.Id, ScannedAt = DateTimeOffset.UtcNow, NetworkKey = prefix + i, Family = UserAgentFamily.Android },
                _batch.QuantityProduced, CancellationToken.None);
        }
    }

    /// <summary>
    /// Asks the page as a crawler (judged, not counted: no server's own views add up to the limit while waiting)
    /// until it cautions or the allowed time has passed.
    /// </summary>
    private static async Task<bool> CautionWithinAsync(HttpClient client, string path)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Allowed)
        {
            if (Cautions(await ScanAsync(client, path, Crawler, "192.0.2.1")))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static async Task<HtmlPage> ScanAsync(HttpClient client, string path, string userAgent, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        TestClientAddress.Set(request, address);
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await HtmlPage.ParseAsync(response);
    }

    private static bool Cautions(HtmlPage page) => page.Document.QuerySelector("#scan-caution") is not null;
}
