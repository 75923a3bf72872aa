using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>
/// A batch's scan page (<c>/01/{gtin}/10/{lot}</c>): the verdict first, and a "report a suspected fake" section
/// whose link opens the form (the scan page itself is shared through the page cache, a form's token is not); the
/// form's fields are found by their labels, as a person would find them.
/// </summary>
public sealed class ScanPage(IPage page) : SitePage(page)
{
    public static async Task<(ScanPage Page, int Status)> OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        return (new ScanPage(page), response?.Status ?? 0);
    }

    public ILocator Verdict => Page.Locator("#verdict");

    public ILocator ReportSection => Page.Locator("#report");

    public ILocator OpenReportForm => ReportSection.GetByText("Mở biểu mẫu báo cáo");

    public ILocator WhatIsWrong => ReportSection.GetByLabel("Điều gì có vẻ không đúng?");

    public ILocator WhereBought => ReportSection.GetByLabel("Bạn mua ở đâu?");

    public ILocator Contact => ReportSection.GetByLabel("Cách liên hệ với bạn");

    public ILocator Photo => ReportSection.GetByLabel("Ảnh tem hoặc bao bì");

    public ILocator Thanks => ReportSection.GetByRole(AriaRole.Status);

    /// <summary>Follows the link to the form, fills it (a photo when given as a file path) and sends it.</summary>
    public async Task ReportAsync(string whatIsWrong, string whereBought, string? contact = null, string? photoFile = null)
    {
        await OpenReportForm.ClickAsync();
        await WhatIsWrong.FillAsync(whatIsWrong);
        await WhereBought.FillAsync(whereBought);
        if (contact is not null)
        {
            await Contact.FillAsync(contact);
        }

        if (photoFile is not null)
        {
            await Photo.SetInputFilesAsync(photoFile);
        }

        await SendAsync();
    }

    public Task SendAsync() => ReportSection.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
}
