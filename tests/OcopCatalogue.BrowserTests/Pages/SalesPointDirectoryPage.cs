using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>/diem-ban: the filter form, the near-me button, the map and the list.</summary>
public sealed class SalesPointDirectoryPage(IPage page) : SitePage(page)
{
    public ILocator NearMeButton => Page.Locator("#near-me");
    public ILocator NearMeStatus => Page.Locator("#near-me-status");
    public ILocator Map => Page.Locator("#sales-point-map");
    public ILocator Items => Page.Locator("#sales-point-list > li");

    public static async Task<SalesPointDirectoryPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/diem-ban");
        return new SalesPointDirectoryPage(page);
    }

    public Task<IReadOnlyList<string>> NamesAsync() => Page.Locator("#sales-point-list > li h3").AllInnerTextsAsync();

    /// <summary>Chooses the locality to sort from in the filter form and submits it (works without JavaScript).</summary>
    public async Task SortFromLocalityAsync(string localityKey)
    {
        await Page.Locator("#f-gan").SelectOptionAsync(localityKey);
        await Page.Locator("form.filters button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("gan=" + localityKey, StringComparison.Ordinal));
    }

    /// <summary>On the English site (/en/sales-points) the page object is the same; only the address differs.</summary>
    public static async Task<SalesPointDirectoryPage> OpenFromEnglishHomeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/en");
        await page.Locator(".site-nav a", new() { HasText = "Where to buy" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/en/sales-points");
        return new SalesPointDirectoryPage(page);
    }

    public async Task OpenFirstAsync(string section = "/diem-ban/")
    {
        await Items.First.Locator("h3 a").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains(section, StringComparison.Ordinal));
    }
}
