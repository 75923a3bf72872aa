using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>A producer (chủ thể) at /chu-the/{slug}: the name as h1, then all its products.</summary>
public sealed class ProducerPage(IPage page) : SitePage(page)
{
    public const string Path = "/chu-the";

    public static async Task<(ProducerPage Page, int Status)> OpenAsync(IPage page, string slug)
    {
        var response = await page.GotoAsync(Path + "/" + slug);
        return (new ProducerPage(page), response?.Status ?? 0);
    }

    /// <summary>The names of the products the page links to.</summary>
    public async Task<IReadOnlyList<string>> ProductNamesAsync()
    {
        var names = await Page.Locator($"main a[href^='{CataloguePage.Path}/']").AllInnerTextsAsync();
        return names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
    }
}
