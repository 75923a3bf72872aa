using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>The editors' review queue at /backoffice/duyet.</summary>
public sealed class ReviewQueuePage(IPage page) : BackOfficePage(page)
{
    public static async Task<ReviewQueuePage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/backoffice/duyet");
        return new ReviewQueuePage(page);
    }

    private ILocator Row(string name) => Page.Locator("table.bo-review tbody tr").Filter(new() { HasText = name });

    public async Task<IReadOnlyList<string>> ItemNamesAsync() =>
        [.. (await Page.Locator("table.bo-review tbody tr td:first-child").AllInnerTextsAsync()).Select(t => t.Trim())];

    /// <summary>Opens the preview of a waiting item (in the same tab) and returns the preview's text.</summary>
    public async Task<SitePage> PreviewAsync(string name)
    {
        await Row(name).GetByRole(AriaRole.Link, new() { Name = "Xem trước" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/backoffice/xem-truoc/", StringComparison.Ordinal));
        return new SitePage(Page);
    }

    /// <summary>The waiting item's edit page, where an editor publishes it.</summary>
    public async Task<ProductEditorPage> EditAsync(string name)
    {
        await Row(name).Locator("td:first-child a").ClickAsync();
        var editor = new ProductEditorPage(Page);
        await Page.Locator("trix-toolbar#story-toolbar .trix-button-row").WaitForAsync();
        return editor;
    }
}
