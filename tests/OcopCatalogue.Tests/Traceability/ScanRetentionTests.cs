using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>The daily clean-up of the scan log, on a site whose clock the test moves.</summary>
public sealed class ScanRetentionTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 5, 0, 0, TimeSpan.Zero);

    private FakeClock _clock = null!;
    private OcopWebFactory _factory = null!;

    [SetUp]
    public async Task StartSiteAsync()
    {
        _clock = new FakeClock(Start);
        _factory = new OcopWebFactory(clock: _clock);
        await FirstRunAsync(_factory.Services);
    }

    /// <summary>Waits for the clean-up at start, so it cannot race the rows a test adds.</summary>
    private static Task FirstRunAsync(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<ScanRetentionService>().Single().FirstRun.WaitAsync(TimeSpan.FromSeconds(30));

    [TearDown]
    public void Stop() => _factory.Dispose();

    private Task<Guid> SeedAsync(WebApplicationFactory<Program> site, params int[] daysAgo) => site.WithDbAsync(async db =>
    {
        var batch = await db.TraceBatches.AsNoTracking().FirstAsync();
        db.Set<ScanRecord>().AddRange(daysAgo.Select(days => new ScanRecord
        {
            BatchId = batch.Id,
            Serial = $"D{days}",
            ScannedAt = _clock.GetUtcNow().AddDays(-days),
            NetworkKey = "test",
            Family = UserAgentFamily.Android,
        }));
        await db.SaveChangesAsync();
        return batch.Id;
    });

    private static Task<List<string?>> SerialsAsync(WebApplicationFactory<Program> site) =>
        site.WithDbAsync(db => db.Set<ScanRecord>().OrderBy(r => r.Id).Select(r => r.Serial).ToListAsync());

    /// <summary>Moves the clock on by a day and waits for the clean-up the timer starts to have removed the expected rows.</summary>
    private async Task<List<string?>> NextDayAsync(WebApplicationFactory<Program> site, int expectedCount)
    {
        _clock.Advance(ScanRetentionService.Interval);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<string?> serials;
        do
        {
            await Task.Delay(50);
            serials = await SerialsAsync(site);
        }
        while (serials.Count != expectedCount && DateTime.UtcNow < deadline);
        return serials;
    }

    [Test]
    public async Task Default_retention_is_400_days()
    {
        await using var scope = _factory.Services.CreateAsyncScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TraceabilityOptions>>().Value.ScanRetentionDays, Is.EqualTo(400));
    }

    [Test]
    public async Task Purge_deletes_scans_older_than_the_retention_period_and_keeps_the_rest()
    {
        await SeedAsync(_factory, 500, 401, 399, 1, 0);
        await using var scope = _factory.Services.CreateAsyncScope();

        var removed = await scope.ServiceProvider.GetRequiredService<ScanRetention>().PurgeAsync(CancellationToken.None);

        Assert.That(removed, Is.EqualTo(2));
        Assert.That(await SerialsAsync(_factory), Is.EqualTo(new[] { "D399", "D1", "D0" }));
    }

    [Test]
    public async Task Daily_timer_on_the_sites_clock_removes_scans_as_they_pass_the_retention_period()
    {
        await SeedAsync(_factory, 450, 400, 399, 10);

        // After one day, 400 and 450 days ago have become 401 and 451: both past 400 days.
        var afterOneDay = await NextDayAsync(_factory, expectedCount: 2);
        Assert.That(afterOneDay, Is.EqualTo(new[] { "D399", "D10" }));

        // The next day the scan from 399 days ago is 401 days old.
        var afterTwoDays = await NextDayAsync(_factory, expectedCount: 1);
        Assert.That(afterTwoDays, Is.EqualTo(new[] { "D10" }));
    }

    [Test]
    public async Task Retention_days_come_from_configuration()
    {
        // A second server on the same store runs the clean-up only once the first stops its own (giving its lease
        // back): one server runs each round for the cluster.
        await _factory.Services.GetServices<IHostedService>().OfType<ScanRetentionService>().Single().StopAsync(CancellationToken.None);
        using var shortLived = _factory.WithWebHostBuilder(b => b.UseSetting("Ocop:Traceability:ScanRetentionDays", "30"));
        await FirstRunAsync(shortLived.Services);
        await SeedAsync(shortLived, 40, 29);

        var serials = await NextDayAsync(shortLived, expectedCount: 1);

        Assert.That(serials, Is.EqualTo(new[] { "D29" }));
    }

    [Test]
    public async Task Fake_reports_and_their_photos_outlive_the_scan_log()
    {
        var batchId = await SeedAsync(_factory, 900);
        var photos = Path.Combine(_factory.DataDirectory, FakeReportInbox.PhotoFolder);
        Directory.CreateDirectory(photos);
        var photoName = Guid.NewGuid().ToString("N") + ".jpg";
        await File.WriteAllBytesAsync(Path.Combine(photos, photoName), [0xFF, 0xD8, 0xFF, 0xE0]);
        var productId = await _factory.WithDbAsync(db => db.TraceBatches.Where(b => b.Id == batchId).Select(b => b.ProductId).SingleAsync());
        await _factory.SaveAsync(new FakeReport
        {
            ProductId = productId,
            BatchId = batchId,
            ReportedAt = _clock.GetUtcNow().AddDays(-900),
            WhatIsWrong = "Tem giả",
            WhereBought = "Chợ",
            PhotoFileName = photoName,
            NetworkKey = "test",
        });

        var serials = await NextDayAsync(_factory, expectedCount: 0);

        Assert.That(serials, Is.Empty);
        Assert.That(await _factory.WithDbAsync(db => db.Set<FakeReport>().CountAsync()), Is.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(photos, photoName)), Is.True);
    }
}
