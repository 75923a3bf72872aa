using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>
/// The in-memory counts the scan page judges by, against the scan log on disk: they start from it, and are read
/// from it again after a while, which takes in scans written elsewhere (another server, the retention clean-up).
/// </summary>
public sealed class ScanTalliesTests
{
    private const string Lot = "XD2025-07";

    private FakeClock _clock = null!;
    private OcopWebFactory _factory = null!;
    private TraceBatch _batch = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _clock = new FakeClock(DateTimeOffset.UtcNow);
        _factory = new OcopWebFactory(clock: _clock);
        _batch = await _factory.BatchAsync(Lot);
    }

    [TearDown]
    public void Stop() => _factory.Dispose();

    private ScanTallies Tallies => _factory.Services.GetRequiredService<ScanTallies>();

    private ScanRecord Scan(string network, string? serial = null) => new()
    {
        BatchId = _batch.Id,
        Serial = serial,
        ScannedAt = _clock.GetUtcNow(),
        NetworkKey = network,
        Family = UserAgentFamily.Android,
    };

    /// <summary>Scans written straight into the store, as another server sharing it would.</summary>
    private Task WriteElsewhereAsync(int count, string? serial = null, string network = "elsewhere") =>
        _factory.SaveAsync([.. Enumerable.Range(0, count).Select(i => Scan(serial is null ? network : network + i, serial))]);

    [Test]
    public async Task A_tally_starts_from_the_scans_already_recorded()
    {
        await WriteElsewhereAsync(_batch.QuantityProduced!.Value);

        var verdict = await Tallies.RecordAsync(Scan("shop"), _batch.QuantityProduced, CancellationToken.None);

        Assert.That(verdict.ScansExceedQuantity, Is.True);
    }

    [Test]
    public async Task A_serial_starts_from_the_networks_already_recorded_for_it()
    {
        await WriteElsewhereAsync(ScanSuspicion.DefaultNetworkLimit, serial: "S9");
        var first = await Tallies.RecordAsync(Scan("shop"), _batch.QuantityProduced, CancellationToken.None);

        var sixth = await Tallies.RecordAsync(Scan("sixth", "S9"), _batch.QuantityProduced, CancellationToken.None);

        Assert.That(first.IsSuspicious, Is.False);
        Assert.That(sixth.SerialOnTooManyNetworks, Is.True);
    }

    [Test]
    public async Task Counted_views_reach_the_scan_log()
    {
        for (var i = 0; i < 25; i++)
        {
            await Tallies.RecordAsync(Scan("n" + (i % 3), i % 2 == 0 ? "S1" : null), _batch.QuantityProduced, CancellationToken.None);
        }

        var recorded = (await _factory.ScanRecordsAsync()).Count(r => r.BatchId == _batch.Id);
        Assert.That(recorded, Is.EqualTo(25));
    }

    [Test]
    public async Task Scans_recorded_elsewhere_are_taken_in_after_the_resync_time()
    {
        var quantity = _batch.QuantityProduced!.Value;
        Assert.That((await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None)).IsSuspicious, Is.False);
        await WriteElsewhereAsync(quantity + 1);
        var before = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);

        _clock.Advance(ScanTallies.ResyncAfter);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var after = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);
        while (!after.IsSuspicious && DateTime.UtcNow < deadline)
        {
            // The re-read runs in the background; views meanwhile keep the old tally.
            await Task.Delay(20);
            after = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);
        }

        Assert.That(before.IsSuspicious, Is.False, "within the resync time the tally counts only what went through it");
        Assert.That(after.ScansExceedQuantity, Is.True);
    }
}
