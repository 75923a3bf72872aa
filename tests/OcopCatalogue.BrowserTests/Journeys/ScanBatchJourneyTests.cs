using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>A shopper scans a batch stamp with a phone and reads the verdict first.</summary>
public sealed class ScanBatchJourneyTests : BrowserTest
{
    protected override ViewportSize Viewport => Phone;

    [Test]
    public async Task Phone_opens_a_batch_link_and_reads_the_verdict_above_the_fold()
    {
        // uSync/batches/tra-xa-den-xd2025-07.json: a sample batch of a product whose decision date is not published.
        await Page.GotoAsync("/01/09520123456788/10/XD2025-07");

        var verdict = Page.Locator("#verdict");
        await Assertions.Expect(verdict).ToContainTextAsync("Sản phẩm OCOP 3 sao");
        await Assertions.Expect(verdict).ToBeInViewportAsync();
        await Assertions.Expect(Page.GetByText("Lô hàng mẫu")).ToBeVisibleAsync();
    }
}
