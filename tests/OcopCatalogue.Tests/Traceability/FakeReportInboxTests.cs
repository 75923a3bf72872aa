using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>What staff read from the inbox: the list and the photos, on the repository's content.</summary>
public sealed class FakeReportInboxTests
{
    private OcopWebFactory _factory = null!;
    private TraceBatch _batch = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new OcopWebFactory();
        _batch = await _factory.BatchAsync("XD2025-07");
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [SetUp]
    public Task ForgetReportsAsync() => _factory.WithDbAsync(db => db.Set<FakeReport>().ExecuteDeleteAsync());

    private Task AddReportsAsync(int count) => _factory.WithDbAsync(async db =>
    {
        for (var i = 1; i <= count; i++)
        {
            db.Set<FakeReport>().Add(new FakeReport
            {
                ProductId = _batch.ProductId,
                BatchId = _batch.Id,
                ReportedAt = DateTimeOffset.UtcNow,
                WhatIsWrong = $"R{i}",
                WhereBought = "Chợ",
                NetworkKey = "test",
            });
            // One at a time, so ids follow the order reports arrived in.
            await db.SaveChangesAsync();
        }
    });

    [Test]
    public async Task Reports_are_listed_newest_first_a_page_at_a_time_with_their_batch()
    {
        await AddReportsAsync(5);
        await using var scope = _factory.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<FakeReportInbox>();

        var first = await inbox.ListAsync(1, 2, null, CancellationToken.None);
        var last = await inbox.ListAsync(3, 2, null, CancellationToken.None);
        var beyond = await inbox.ListAsync(99, 2, null, CancellationToken.None);

        Assert.That(first.Rows.Select(r => r.Report.WhatIsWrong), Is.EqualTo(new[] { "R5", "R4" }));
        Assert.That((first.Total, first.Pages), Is.EqualTo((5, 3)));
        Assert.That(last.Rows.Select(r => r.Report.WhatIsWrong), Is.EqualTo(new[] { "R1" }));
        Assert.That(beyond.Page, Is.EqualTo(3), "a page past the end shows the last one");
        Assert.That(first.Rows[0].Lot, Is.EqualTo("XD2025-07"));
        Assert.That(first.Rows[0].ScanPath, Does.EndWith("/10/XD2025-07"));
    }

    [Test]
    public async Task A_producer_limited_list_shows_only_that_producers_reports()
    {
        await AddReportsAsync(2);
        var producer = (await _factory.ProductAsync(_batch.ProductId)).ProducerId!.Value;
        await using var scope = _factory.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<FakeReportInbox>();

        Assert.That((await inbox.ListAsync(1, 10, [producer], CancellationToken.None)).Total, Is.EqualTo(2));
        Assert.That((await inbox.ListAsync(1, 10, [Guid.NewGuid()], CancellationToken.None)).Rows, Is.Empty);
    }

    [TestCase("../ocop.db")]
    [TestCase("..%2Focop.db")]
    [TestCase("/etc/passwd")]
    [TestCase("0123456789abcdef0123456789abcdef.php")]
    [TestCase("0123456789ABCDEF0123456789ABCDEF.jpg")]
    [TestCase("")]
    [TestCase(null)]
    public async Task Photo_paths_are_only_given_for_names_the_inbox_makes(string? name)
    {
        await using var scope = _factory.Services.CreateAsyncScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<FakeReportInbox>().PhotoPath(name), Is.Null);
    }

    [Test]
    public async Task A_stored_photo_is_found_by_its_name()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<FakeReportInbox>();
        Directory.CreateDirectory(inbox.PhotoDirectory);
        var name = Guid.NewGuid().ToString("N") + ".webp";
        await File.WriteAllBytesAsync(Path.Combine(inbox.PhotoDirectory, name), "RIFF\0\0\0\0WEBP"u8.ToArray());

        Assert.That(inbox.PhotoPath(name), Is.EqualTo(Path.Combine(_factory.DataDirectory, FakeReportInbox.PhotoFolder, name)));
        Assert.That(inbox.PhotoPath(Guid.NewGuid().ToString("N") + ".webp"), Is.Null, "no such file");
    }

    [Test]
    public async Task Removing_a_batch_keeps_its_reports()
    {
        var extra = new TraceBatch { Id = Guid.NewGuid(), ProductId = _batch.ProductId, LotCode = "GONE-1" };
        await _factory.SaveAsync(extra);
        await _factory.SaveAsync(new FakeReport
        {
            ProductId = extra.ProductId,
            BatchId = extra.Id,
            ReportedAt = DateTimeOffset.UtcNow,
            WhatIsWrong = "x",
            WhereBought = "y",
            NetworkKey = "test",
        });

        await _factory.WithDbAsync(db => db.TraceBatches.Where(b => b.Id == extra.Id).ExecuteDeleteAsync());
        var rows = (await _factory.WithServiceAsync<FakeReportInbox, FakeReportPage>(inbox => inbox.ListAsync(1, 10, null, CancellationToken.None))).Rows;

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].Report.BatchId, Is.Null);
        Assert.That(rows[0].Lot, Is.Null);
        Assert.That(rows[0].ScanPath, Is.Null);
    }
}
