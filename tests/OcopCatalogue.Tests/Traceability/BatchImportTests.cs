using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Traceability;

public sealed class BatchImportTests
{
    [Test]
    public async Task Repository_batches_are_samples_of_products_with_gs1_example_gtins()
    {
        using var factory = new OcopWebFactory();
        var batches = await factory.WithDbAsync(db => db.TraceBatches.AsNoTracking().ToListAsync());
        var productIds = batches.Select(b => b.ProductId).ToList();
        var gtins = await factory.WithDbAsync(db => db.Products.Where(p => productIds.Contains(p.Id)).Select(p => p.Gtin).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(batches, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(batches, Has.All.Matches<TraceBatch>(b => b.IsSample), "every repository batch is example content");
            Assert.That(batches, Has.All.Matches<TraceBatch>(b => b.Events.Count > 0));
            Assert.That(gtins, Has.All.Matches<string?>(g => g is not null && g.StartsWith("0952", StringComparison.Ordinal) && Gtin.IsValid(g)),
                "GS1 Prefix 952 is reserved for examples; an invented 893 code would pass for a real Vietnamese one");
        });
    }

    [Test]
    public async Task Timeline_keeps_the_order_of_the_file()
    {
        using var factory = new OcopWebFactory();
        var batch = await factory.BatchAsync("XD2025-07");

        Assert.That(batch.Events.Select(e => e.Step),
            Is.EqualTo(Expected.Of(TraceStep.Harvesting, TraceStep.Processing, TraceStep.Packing, TraceStep.Shipping)));
    }

    [TestCase("lotCode", "lô 7", "character set 82")]
    [TestCase("lotCode", "123456789012345678901", "at most 20")]
    [TestCase("product", "00000000-0000-0000-0000-000000000001", "not a known product key")]
    [TestCase("expiryDate", "2020-01-01", "before productionDate")]
    public async Task Broken_batch_file_is_reported_and_skipped(string property, string value, string expected)
    {
        using var usync = USyncCopy.OfRepository();
        using var factory = new OcopWebFactory(usync.Path);
        _ = factory.Services; // the host starts, and imports the untouched copy, before the edit
        usync.Edit("batches/tra-xa-den-xd2025-07-5b0e3c1a.json", json => json[property] = value);

        var report = await factory.ImportAsync();

        var problem = report.Problems.Single(p => p.Path == "batches/tra-xa-den-xd2025-07-5b0e3c1a.json");
        Assert.That(problem.Message, Does.Contain(expected));
    }
}
