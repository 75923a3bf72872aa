using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>An item's version history at /backoffice/lich-su/{type}/{id}.</summary>
public sealed class VersionHistoryPage(IPage page) : BackOfficePage(page)
{
    public static async Task<VersionHistoryPage> OpenAsync(IPage page, string segment, Guid id)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/backoffice/lich-su/{segment}/{id}");
        return new VersionHistoryPage(page);
    }

    public async Task RollbackAndPublishAsync(int version)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Khôi phục và đăng phiên bản {version}", Exact = true }).ClickAsync();
        await Notice.WaitForAsync();
    }
}
