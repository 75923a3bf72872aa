using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>
/// Scans per Vietnam day over the last 90 days, on the repository's three sample batches (three products of three
/// producers), with scans seeded at the edges of days and of the window, on both database providers.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class ScansPerDayTests(DatabaseProvider provider)
{
    private static readonly DateOnly Today = new(2027, 3, 10);

    private OcopWebFactory _factory = null!;
    private TraceBatch _xaDen = null!;
    private TraceBatch _thotNot = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new OcopWebFactory(clock: FakeClock.OnVietnamDay(Today)) { Provider = provider };
        _xaDen = await _factory.BatchAsync("XD2025-07");
        _thotNot = await _factory.BatchAsync("TN2025-03");
        await _factory.SaveAsync([
            // Today (the clock stands at noon): 3 of one batch and 1 of another.
            .. Scans(_xaDen, VietnamAt(Today, 0, 0, 0), VietnamAt(Today, 8, 30, 0), VietnamAt(Today, 11, 59, 59)),
            .. Scans(_thotNot, VietnamAt(Today, 9, 0, 0)),
            // Yesterday nothing; the day before, the last second of the day and nothing of the next day's first.
            .. Scans(_xaDen, VietnamAt(Today.AddDays(-2), 23, 59, 59), VietnamAt(Today.AddDays(-2), 0, 0, 0)),
            // The window's first day, and the day before it (not counted).
            .. Scans(_thotNot, VietnamAt(Today.AddDays(-89), 0, 0, 0), VietnamAt(Today.AddDays(-89), 7, 0, 0)),
            .. Scans(_xaDen, VietnamAt(Today.AddDays(-90), 23, 59, 59), VietnamAt(Today.AddDays(-120), 12, 0, 0)),
        ]);
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private static DateTimeOffset VietnamAt(DateOnly day, int hour, int minute, int second) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(7)).ToUniversalTime();

    private static IEnumerable<ScanRecord> Scans(TraceBatch batch, params DateTimeOffset[] times) =>
        times.Select((at, i) => new ScanRecord { BatchId = batch.Id, ScannedAt = at, NetworkKey = $"n{i}", Family = UserAgentFamily.Android });

    private Task<IReadOnlyList<ScanDay>> DaysAsync(IReadOnlyCollection<Guid>? producers = null, Guid? product = null) =>
        _factory.WithServiceAsync<ScansPerDay, IReadOnlyList<ScanDay>>(s => s.LastDaysAsync(producers, product, CancellationToken.None));

    [Test]
    public async Task Every_day_of_the_last_90_is_listed_oldest_first_with_zero_for_days_without_scans()
    {
        var days = await DaysAsync();

        var counted = days.Where(d => d.Scans > 0).ToDictionary(d => d.Day, d => d.Scans);
        Assert.Multiple(() =>
        {
            Assert.That(days, Has.Count.EqualTo(90));
            Assert.That(days[0].Day, Is.EqualTo(Today.AddDays(-89)));
            Assert.That(days[^1].Day, Is.EqualTo(Today));
            Assert.That(days.Select(d => d.Day), Is.Ordered);
            Assert.That(counted, Is.EqualTo(new Dictionary<DateOnly, int>
            {
                [Today] = 4,
                [Today.AddDays(-2)] = 2,
                [Today.AddDays(-89)] = 2,
            }));
            Assert.That(days.Single(d => d.Day == Today.AddDays(-1)).Scans, Is.Zero);
        });
    }

    [Test]
    public async Task One_products_days_count_only_its_batches_scans()
    {
        var days = await DaysAsync(product: _xaDen.ProductId);

        Assert.That(days.Where(d => d.Scans > 0).ToDictionary(d => d.Day, d => d.Scans), Is.EqualTo(new Dictionary<DateOnly, int>
        {
            [Today] = 3,
            [Today.AddDays(-2)] = 2,
        }));
    }

    [Test]
    public async Task A_producers_days_count_only_its_products_batches()
    {
        var producer = (await _factory.ProductAsync(_thotNot.ProductId)).ProducerId!.Value;

        var days = await DaysAsync(producers: [producer]);

        Assert.That(days.Where(d => d.Scans > 0).ToDictionary(d => d.Day, d => d.Scans), Is.EqualTo(new Dictionary<DateOnly, int>
        {
            [Today] = 1,
            [Today.AddDays(-89)] = 2,
        }));
    }

    [Test]
    public async Task A_product_without_batches_has_90_days_of_zero()
    {
        var product = await _factory.ProductIdAsync("mut-dau-tam");

        var days = await DaysAsync(product: product);

        Assert.That(days.Select(d => d.Scans), Is.EqualTo(Enumerable.Repeat(0, 90)));
    }
}
