using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// A writer requests stamps for the sample batch, an editor approves, the writer downloads the print-ready PDF; then
/// a phone opens one stamp's address and reads when it was first checked, and a made-up serial's warning.
/// </summary>
public sealed class StampJourneyTests : BrowserTest
{
    // uSync/batches/tra-xa-den-xd2025-07-5b0e3c1a.json: the sample batch.
    private const string BatchPath = "/01/09520123456788/10/XD2025-07";

    [Test]
    public async Task Writer_requests_editor_approves_and_a_phone_checks_a_stamp_and_a_made_up_one()
    {
        var batchId = await BrowserRun.Site.WithDbAsync(db => db.TraceBatches.Where(b => b.LotCode == "XD2025-07").Select(b => b.Id).SingleAsync());
        var stampsPage = $"/backoffice/lo-hang/{batchId}/tem";
        var writer = await StaffUsers.CreateAsync(StaffRoles.Writer);
        var editor = await StaffUsers.CreateAsync(StaffRoles.Editor);
        var options = new BrowserNewContextOptions
        {
            BaseURL = BrowserRun.Site.Address.ToString(),
            ViewportSize = Desktop,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            AcceptDownloads = true,
        };
        await using var writerContext = await BrowserRun.Browser.NewContextAsync(options);
        await using var editorContext = await BrowserRun.Browser.NewContextAsync(options);
        var writerPage = await writerContext.NewPageAsync();
        var editorPage = await editorContext.NewPageAsync();

        await (await BackOfficeSignInPage.OpenAsync(writerPage)).SignInAsync(writer, StaffUsers.Password);
        await writerPage.GotoAsync(stampsPage);
        await writerPage.Locator("#count").FillAsync("6");
        await writerPage.Locator("#reason").FillAsync("In tem cho đợt bán Tết");
        await writerPage.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu" }).ClickAsync();
        await Assertions.Expect(writerPage.Locator("#stamps-done")).ToContainTextAsync("Đã gửi yêu cầu in 6 tem");

        await (await BackOfficeSignInPage.OpenAsync(editorPage)).SignInAsync(editor, StaffUsers.Password);
        await editorPage.GotoAsync(stampsPage);
        await editorPage.Locator("tr[data-state='Requested'] .stamps-approve").First.ClickAsync();
        await Assertions.Expect(editorPage.Locator("#stamps-done")).ToContainTextAsync("Đã duyệt đơn 6 tem");

        await writerPage.ReloadAsync();
        var download = await writerPage.RunAndWaitForDownloadAsync(() => writerPage.Locator("tr[data-state='Issued'] a.stamps-pdf").First.ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.That(System.Text.Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));

        var issued = await BrowserRun.Site.WithDbAsync(db => db.Set<IssuedStamp>().Where(s => s.BatchId == batchId && s.RevokedAt == null).Select(s => s.Serial).ToListAsync());
        await Page.GotoAsync($"{BatchPath}/21/{issued[0]}");
        await Assertions.Expect(Page.Locator("#stamp-checks")).ToContainTextAsync("Kiểm tra lần đầu ngày");
        await Assertions.Expect(Page.Locator("#verdict")).ToBeVisibleAsync();

        var madeUp = StampSerial.Draw(5).Select(StampSerial.FromValue).First(s => !issued.Contains(s));
        await Page.GotoAsync($"{BatchPath}/21/{madeUp}");
        await Assertions.Expect(Page.Locator("#stamp-warning")).ToContainTextAsync("Cảnh báo: mã này không do chương trình OCOP cấp.");
        await Assertions.Expect(Page.Locator("#stamp-warning")).ToBeInViewportAsync();
        await Assertions.Expect(Page.Locator("#verdict")).ToHaveCountAsync(0);
    }
}
