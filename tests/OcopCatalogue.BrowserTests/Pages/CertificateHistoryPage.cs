using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>A product's certificate history in the back office, with the form that records the next decision.</summary>
public sealed class CertificateHistoryPage(IPage page)
{
    public const string ListPath = "/backoffice/chung-nhan/tat-ca";

    public IPage Page { get; } = page;

    /// <summary>Finds the product in the list of all certificates and opens its history.</summary>
    public static async Task<CertificateHistoryPage> OpenFromListAsync(IPage page, string productName)
    {
        await page.GotoAsync(ListPath);
        await page.Locator("#certificates").GetByRole(AriaRole.Link, new() { Name = productName, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/backoffice/chung-nhan/san-pham/", StringComparison.Ordinal));
        return new CertificateHistoryPage(page);
    }

    public ILocator HistoryRows => Page.Locator("#history tbody tr:not(.bo-note-row)");

    public ILocator Notice => Page.Locator(".bo-notice");

    public async Task RecordAsync(string kindLabel, string decisionNumber, DateOnly decisionDate, string note)
    {
        var form = Page.Locator("#record-form");
        await form.GetByLabel("Loại quyết định").SelectOptionAsync(new SelectOptionValue { Label = kindLabel });
        await form.GetByLabel("Số quyết định").FillAsync(decisionNumber);
        await form.GetByLabel("Ngày quyết định").FillAsync(decisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Lý do hoặc ghi chú (theo quyết định)").FillAsync(note);
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu quyết định" }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
