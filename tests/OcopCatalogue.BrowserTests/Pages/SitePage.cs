using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>Any page of the public site: what every page has, whatever its kind.</summary>
public class SitePage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Opens a path of the site and returns the page with the HTTP status it was served with.</summary>
    public static async Task<(SitePage Page, int Status)> OpenPathAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        return (new SitePage(page), response?.Status ?? 0);
    }

    /// <summary>The page's one h1 (Playwright's strict mode fails the test when there are several).</summary>
    public async Task<string> HeadingAsync() =>
        (await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim();
}
