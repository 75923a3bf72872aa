using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>A product at /san-pham/{slug}: the name as h1, a producer card linking to /chu-the/{slug}.</summary>
public sealed partial class ProductPage(IPage page) : SitePage(page)
{
    public static async Task<(ProductPage Page, int Status)> OpenAsync(IPage page, string slug)
    {
        var response = await page.GotoAsync(CataloguePage.Path + "/" + slug);
        return (new ProductPage(page), response?.Status ?? 0);
    }

    /// <summary>The link to the producer: the first link to a producer page whose text is a name.</summary>
    public ILocator ProducerLink =>
        Page.Locator($"main a[href^='{ProducerPage.Path}/']").Filter(new() { HasTextRegex = NonBlank() }).First;

    public async Task<string> ProducerNameAsync() => (await ProducerLink.InnerTextAsync()).Trim();

    public async Task<ProducerPage> OpenProducerAsync()
    {
        await ProducerLink.ClickAsync();
        await Page.WaitForURLAsync(url =>
            new Uri(url).AbsolutePath.StartsWith(ProducerPage.Path + "/", StringComparison.Ordinal));
        return new ProducerPage(Page);
    }

    [GeneratedRegex(@"\S")]
    private static partial Regex NonBlank();
}
