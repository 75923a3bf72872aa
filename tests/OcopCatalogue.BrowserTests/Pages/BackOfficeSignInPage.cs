using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>The back office's sign-in form at /backoffice/dang-nhap.</summary>
public sealed class BackOfficeSignInPage(IPage page)
{
    public const string Path = "/backoffice/dang-nhap";

    public IPage Page { get; } = page;

    public static async Task<BackOfficeSignInPage> OpenAsync(IPage page)
    {
        await page.GotoAsync(Path);
        return new BackOfficeSignInPage(page);
    }

    /// <summary>Signs in and waits until the browser has left the sign-in page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Page.Locator("#email").FillAsync(email);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("#password").PressAsync("Enter");
        await Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(Path, StringComparison.Ordinal));
    }
}
