using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>What the scan log keeps of the views of the sample batch, on a site of its own so counts start at zero,
/// on each database provider.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class ScanLogTests(DatabaseProvider provider) : SampleBatchSite(provider)
{
    [Test]
    public async Task A_view_of_the_scan_page_is_recorded_with_its_serial_and_only_coarse_facts()
    {
        using var response = await ScanAsync(BatchPath + "/21/S42", Phone);

        var records = await Factory.ScanRecordsAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(records, Has.Count.EqualTo(1));
        var record = records[0];
        Assert.That(record.BatchId, Is.EqualTo(Batch.Id));
        Assert.That(record.Serial, Is.EqualTo("S42"));
        Assert.That(record.Family, Is.EqualTo(UserAgentFamily.Android));
        Assert.That(record.ScannedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(record.NetworkKey, Does.Not.Contain("127.0.0").And.Not.Empty);
    }

    [Test]
    public async Task Bots_are_not_counted()
    {
        using var bot = await ScanAsync(BatchPath, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        using var spider = await ScanAsync(BatchPath, "Baiduspider/2.0");
        using var person = await ScanAsync(BatchPath, Phone);

        var records = await Factory.ScanRecordsAsync();
        Assert.That(bot.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(records[0].Family, Is.EqualTo(UserAgentFamily.Android));
    }

    [Test]
    public async Task Page_cautions_the_shopper_once_scans_exceed_the_quantity_produced()
    {
        var before = await HtmlPage.GetAsync(Client, BatchPath);
        Assert.That(before.Document.QuerySelector("#scan-caution"), Is.Null, "one scan of 500 is not suspicious");

        // As many more scans as were produced, counted as the site counts a view: the next view, rendered or from
        // the page cache, cautions.
        var tallies = Factory.Services.GetRequiredService<ScanTallies>();
        for (var i = 0; i < Batch.QuantityProduced!.Value; i++)
        {
            await tallies.RecordAsync(new ScanRecord
            {
                BatchId = Batch.Id,
                ScannedAt = DateTimeOffset.UtcNow,
                NetworkKey = "test",
                Family = UserAgentFamily.Other,
            }, Batch.QuantityProduced, CancellationToken.None);
        }

        var after = await HtmlPage.GetAsync(Client, BatchPath);
        var caution = HtmlPage.Collapse(after.Document.QuerySelector("#scan-caution")?.TextContent ?? "");
        Assert.That(caution, Does.Contain("Cần thận trọng").And.Contain("kiểm tra người bán").And.Contain("báo cho chúng tôi"));
        Assert.That(after.Document.QuerySelector("#scan-caution [aria-hidden='true']")?.TextContent, Is.EqualTo("⚠"), "not colour alone");
    }
}
