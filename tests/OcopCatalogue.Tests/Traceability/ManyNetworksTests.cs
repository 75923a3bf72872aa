using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Tests.Traceability;

/// <summary>
/// The clone warnings end to end: real requests from shoppers on different networks (set per request through
/// <see cref="TestClientAddress"/>), recorded by the scan log, judged by ScanSuspicion, shown on the page and listed
/// for staff. Each test has a site of its own, since scans only add up.
/// </summary>
public sealed class ManyNetworksTests : SampleBatchSite
{
    /// <summary>One scan of the path from the given client address; the page as the shopper sees it.</summary>
    private async Task<HtmlPage> ScanFromAsync(string path, string address)
    {
        using var response = await ScanAsync(path, address: address);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await HtmlPage.ParseAsync(response);
    }

    private static bool Cautions(HtmlPage page) => page.Document.QuerySelector("#scan-caution") is not null;

    private async Task<IReadOnlyList<SuspiciousBatch>> SuspiciousAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SuspiciousBatches>().ListAsync(null, CancellationToken.None);
    }

    [Test]
    public async Task A_serial_scanned_from_more_than_five_networks_shows_the_caution_and_is_listed_for_staff()
    {
        var serial = $"/01/{Gtin}/10/{Lot}/21/CLONED1";
        var pages = new List<HtmlPage>();
        for (var network = 1; network <= ScanSuspicion.DefaultNetworkLimit + 1; network++)
        {
            pages.Add(await ScanFromAsync(serial, $"203.0.{network}.7"));
        }

        var suspicious = await SuspiciousAsync();
        Assert.That(pages.Take(ScanSuspicion.DefaultNetworkLimit).Select(Cautions), Is.All.False, "up to five networks is normal");
        Assert.That(Cautions(pages[^1]), Is.True);
        Assert.That(suspicious, Has.Count.EqualTo(1));
        Assert.That(suspicious[0].BatchId, Is.EqualTo(Batch.Id));
        Assert.That(suspicious[0].Suspicion, Is.EqualTo(new ScanSuspicion(false, true)));
        Assert.That(suspicious[0].MostNetworksForOneSerial, Is.EqualTo(6));
        Assert.That(suspicious[0].ScanPath, Is.EqualTo($"/01/{Gtin}/10/{Lot}"));
    }

    [Test]
    public async Task Many_scans_from_one_network_or_of_different_serials_are_not_a_clone()
    {
        var pages = new List<HtmlPage>();
        for (var i = 1; i <= 8; i++)
        {
            // The same shop's Wi-Fi (one /24) for one serial, and eight serials each from its own network.
            pages.Add(await ScanFromAsync($"/01/{Gtin}/10/{Lot}/21/SHOP", $"198.51.100.{i}"));
            pages.Add(await ScanFromAsync($"/01/{Gtin}/10/{Lot}/21/PACK{i}", $"203.0.{i}.9"));
        }

        Assert.That(pages.Select(Cautions), Is.All.False);
        Assert.That(await SuspiciousAsync(), Is.Empty);
    }

    [Test]
    public async Task A_batch_scanned_more_times_than_it_has_packs_shows_the_caution_and_is_listed_for_staff()
    {
        var small = new TraceBatch
        {
            Id = Guid.NewGuid(),
            ProductId = Batch.ProductId,
            LotCode = "E2E-3",
            QuantityProduced = 3,
            QuantityUnit = "hộp",
            IsSample = true,
        };
        await Factory.SaveAsync(small);

        var path = $"/01/{Gtin}/10/E2E-3";
        var pages = new List<HtmlPage>();
        for (var shopper = 1; shopper <= 4; shopper++)
        {
            pages.Add(await ScanFromAsync(path, $"192.0.2.{shopper}"));
        }

        var suspicious = await SuspiciousAsync();
        Assert.That(pages.Take(3).Select(Cautions), Is.All.False, "three scans of three packs");
        Assert.That(Cautions(pages[3]), Is.True);
        Assert.That(suspicious.Select(s => s.Lot), Is.EqualTo(new[] { "E2E-3" }));
        Assert.That(suspicious[0].Scans, Is.EqualTo(4));
        Assert.That(suspicious[0].Suspicion, Is.EqualTo(new ScanSuspicion(true, false)));
    }

    [Test]
    public async Task Staff_lists_can_be_limited_to_some_producers()
    {
        for (var network = 1; network <= ScanSuspicion.DefaultNetworkLimit + 1; network++)
        {
            await ScanFromAsync($"/01/{Gtin}/10/{Lot}/21/CLONED2", $"203.0.{network}.7");
        }

        var producer = (await Factory.ProductAsync(Batch.ProductId)).ProducerId;
        await using var scope = Factory.Services.CreateAsyncScope();
        var list = scope.ServiceProvider.GetRequiredService<SuspiciousBatches>();

        Assert.That(await list.ListAsync([producer!.Value], CancellationToken.None), Has.Count.EqualTo(1));
        Assert.That(await list.ListAsync([Guid.NewGuid()], CancellationToken.None), Is.Empty);
    }
}
