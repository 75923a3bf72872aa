using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>The media library's upload form at /backoffice/thu-vien-anh/tai-len.</summary>
public sealed class MediaUploadPage(IPage page) : BackOfficePage(page)
{
    public static async Task<MediaUploadPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/backoffice/thu-vien-anh/tai-len");
        return new MediaUploadPage(page);
    }

    /// <summary>Chooses the file and alt text as a writer would and uploads; returns the new photo's id from the page it lands on.</summary>
    public async Task<Guid> UploadAsync(string fileName, byte[] jpeg, string alt)
    {
        await Page.Locator("#photo").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "image/jpeg", Buffer = jpeg });
        await Page.Locator("#alt").FillAsync(alt);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        // A Ready photo lands on its own page, /backoffice/thu-vien-anh/{id}; a refusal stays on the form.
        await Page.WaitForURLAsync(url => Guid.TryParse(new Uri(url).Segments[^1], out _), new() { Timeout = 60_000 });
        return Guid.Parse(new Uri(Page.Url).Segments[^1]);
    }
}
