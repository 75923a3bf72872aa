using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>The back office: signing in, and what every back-office page has.</summary>
public class BackOfficePage(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/backoffice/dang-nhap");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/backoffice/dang-nhap", StringComparison.Ordinal));
    }

    /// <summary>The message the back office shows after an action ("Đã gửi duyệt …").</summary>
    public ILocator Notice => Page.Locator(".bo-notice");
}
