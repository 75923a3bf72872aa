using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>
/// The in-memory counts the scan page judges by, against the scan log on disk: they start from it, and take in
/// the scans written elsewhere (another server) at the next read of the log, without counting their own twice.
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
    public async Task Scans_recorded_elsewhere_are_taken_in_at_the_next_read_of_the_log()
    {
        var quantity = _batch.QuantityProduced!.Value;
        Assert.That((await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None)).IsSuspicious, Is.False);
        await WriteElsewhereAsync(quantity + 1);
        var before = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var after = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);
        while (!after.IsSuspicious && DateTime.UtcNow < deadline)
        {
            // The read runs in the background on the clock's tick.
            await Task.Delay(20);
            after = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);
        }

        Assert.That(before.IsSuspicious, Is.False, "until the next read the tally counts only what went through it");
        Assert.That(after.ScansExceedQuantity, Is.True);
    }

    [Test]
    public async Task This_servers_own_scans_read_back_from_the_log_are_not_counted_twice()
    {
        var quantity = _batch.QuantityProduced!.Value;
        for (var i = 0; i < quantity; i++)
        {
            await Tallies.RecordAsync(Scan("n" + (i % 4), i % 2 == 0 ? "S1" : null), quantity, CancellationToken.None);
        }

        await _factory.Services.GetRequiredService<ScanRecorder>().FlushAsync();
        await Tallies.SyncAsync(CancellationToken.None);
        await Tallies.SyncAsync(CancellationToken.None);
        var atQuantity = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);
        await WriteElsewhereAsync(1);
        await Tallies.SyncAsync(CancellationToken.None);
        var past = await Tallies.JudgeAsync(_batch.Id, quantity, CancellationToken.None);

        Assert.That(atQuantity.IsSuspicious, Is.False, "as many scans as packs");
        Assert.That(past.ScansExceedQuantity, Is.True, "one more, from elsewhere");
    }
}
