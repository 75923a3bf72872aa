using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>
/// The search box in the header of every page: a combobox (with the script) or a plain search field (without),
/// labelled "Tìm kiếm sản phẩm, chủ thể, điểm bán", whose suggestions are a listbox of options.
/// </summary>
public sealed class SearchBox(IPage page)
{
    public const string Label = "Tìm kiếm sản phẩm, chủ thể, điểm bán";
    public const string ResultsPath = "/tim-kiem";

    /// <summary>Roughly how fast a person types on a phone, so the debounce sees keystrokes, not a paste.</summary>
    private const float KeystrokeDelayMs = 90;

    public IPage Page { get; } = page;

    /// <summary>The input, found by its label as a person using a screen reader would.</summary>
    public ILocator Input => Page.Locator("header").GetByLabel(Label, new() { Exact = true });

    public ILocator Suggestions => Page.GetByRole(AriaRole.Listbox);

    public ILocator Options => Suggestions.GetByRole(AriaRole.Option);

    public async Task TypeAsync(string text)
    {
        await Input.ClickAsync();
        await Input.PressSequentiallyAsync(text, new() { Delay = KeystrokeDelayMs });
    }

    public Task PressAsync(string key) => Input.PressAsync(key);

    /// <summary>The option the input points at with aria-activedescendant, or null when none is.</summary>
    public async Task<ILocator?> ActiveOptionAsync()
    {
        var id = await Input.GetAttributeAsync("aria-activedescendant");
        return id is null ? null : Page.Locator($"[id='{id}']");
    }

    /// <summary>Submits the search with the "Tìm" button and waits for the results page.</summary>
    public async Task SubmitAsync()
    {
        await Page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == ResultsPath);
    }
}
