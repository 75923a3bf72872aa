using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>A shopper scans a batch stamp with a phone and reads the verdict first.</summary>
public sealed class ScanBatchJourneyTests : BrowserTest
{
    protected override ViewportSize Viewport => Phone;

    [Test]
    public async Task Phone_opens_a_batch_link_and_reads_the_verdict_above_the_fold()
    {
        // uSync/batches/tra-xa-den-xd2025-07-5b0e3c1a.json: a sample batch of a product whose decision date is not published.
        await Page.GotoAsync("/01/09520123456788/10/XD2025-07");

        var verdict = Page.Locator("#verdict");
        await Assertions.Expect(verdict).ToContainTextAsync("Sản phẩm OCOP 3 sao");
        await Assertions.Expect(verdict).ToBeInViewportAsync();
        await Assertions.Expect(Page.GetByText("Lô hàng mẫu")).ToBeVisibleAsync();
    }

    // Each report form sent counts against the hourly limit of 5 per network, and every test of this run comes from
    // 127.0.0.1: this journey sends two, keep the run's total under 5.
    [Test]
    public async Task Phone_reports_a_suspected_fake_corrects_what_the_site_asks_and_sees_the_thanks()
    {
        var (scan, status) = await ScanPage.OpenAsync(Page, "/01/09520123456788/10/XD2025-07");
        Assert.That(status, Is.EqualTo(200));
        await Assertions.Expect(scan.WhatIsWrong).Not.ToBeVisibleAsync();

        // Spaces pass the browser's "required" check; the site still asks for words, and keeps what was typed.
        await scan.ReportAsync("   ", "Chợ Long Xuyên, sạp 14", "0912 000 111");
        await Assertions.Expect(scan.ReportSection.GetByRole(AriaRole.Alert)).ToContainTextAsync("Hãy cho biết điều gì có vẻ không đúng.");
        await Assertions.Expect(scan.WhereBought).ToHaveValueAsync("Chợ Long Xuyên, sạp 14");
        await Assertions.Expect(scan.Contact).ToHaveValueAsync("0912 000 111");
        await Assertions.Expect(scan.WhatIsWrong).ToHaveAttributeAsync("aria-invalid", "true");
        var violations = await Accessibility.SeriousViolationsAsync(Page);
        Assert.That(violations, Is.Empty, Accessibility.Describe("report form with messages", violations));

        // A tiny but real PNG (1 x 1 pixel): the site checks the bytes, not the name.
        var photo = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"tem-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(photo, Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        try
        {
            await scan.WhatIsWrong.FillAsync("Tem in mờ, số lô khác với trang này");
            await scan.Photo.SetInputFilesAsync(photo);
            await scan.SendAsync();
        }
        finally
        {
            File.Delete(photo);
        }

        await Assertions.Expect(scan.Thanks).ToContainTextAsync("Cảm ơn bạn! Báo cáo đã được gửi");
        Assert.That(new Uri(Page.Url).Query, Is.EqualTo("?bao-cao=da-gui"));
        await Assertions.Expect(scan.Verdict).ToContainTextAsync("Sản phẩm OCOP 3 sao");
    }
}
