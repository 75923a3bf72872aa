using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>A product's edit page in the back office, with its story in the rich-text editor (Trix).</summary>
public sealed class ProductEditorPage(IPage page) : BackOfficePage(page)
{
    public static async Task<ProductEditorPage> OpenAsync(IPage page, Guid id)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/backoffice/san-pham/{id}");
        var editor = new ProductEditorPage(page);
        // Trix builds its toolbar when it starts; typing before that would be lost.
        await editor.Page.Locator("trix-toolbar#story-toolbar .trix-button-row").WaitForAsync();
        return editor;
    }

    public ILocator Story => Page.Locator("trix-editor#story-editor");

    /// <summary>Replaces the story by typing, as a writer would: select everything, then write.</summary>
    public async Task ReplaceStoryAsync(string heading, string paragraph)
    {
        await Story.ClickAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.PressAsync("Delete");
        await Page.Locator("trix-toolbar#story-toolbar [data-trix-attribute='heading1']").ClickAsync();
        await Page.Keyboard.TypeAsync(heading);
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.TypeAsync(paragraph);
    }

    /// <summary>
    /// Opens the media library picker from the story editor, searches and inserts the first image found; returns
    /// the address of that image's thumbnail in the picker's list.
    /// </summary>
    public async Task<string> InsertImageFromLibraryAsync(string search)
    {
        await Page.Locator("[data-insert-media='story-editor']").ClickAsync();
        var dialog = Page.Locator("#media-picker");
        await dialog.Locator("#media-picker-query").FillAsync(search);
        var first = dialog.Locator("[data-media-results] button").Filter(new() { HasText = search }).First;
        var thumbnail = await first.Locator("img").GetAttributeAsync("src") ?? "";
        await first.ClickAsync();
        await Story.Locator("figure img").First.WaitForAsync();
        return thumbnail;
    }

    public Task SendForReviewAsync() => SubmitAsync("Gửi duyệt");

    public Task PublishAsync() => SubmitAsync("Đăng");

    private async Task SubmitAsync(string button)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Notice.WaitForAsync();
    }
}
