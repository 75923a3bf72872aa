using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OcopCatalogue.BrowserTests.Pages;

/// <summary>The catalogue at /san-pham: filters in a form, then one &lt;article&gt; card per product.</summary>
public sealed partial class CataloguePage(IPage page) : SitePage(page)
{
    public const string Path = "/san-pham";

    public static async Task<CataloguePage> OpenAsync(IPage page, string query = "")
    {
        await page.GotoAsync(Path + query);
        return new CataloguePage(page);
    }

    /// <summary>Ticks the star filter labelled "N sao" and submits the filters with the "Lọc" button.</summary>
    public async Task FilterByStarsAsync(int stars)
    {
        var parameter = "sao=" + stars.ToString(CultureInfo.InvariantCulture);
        await Page.GetByRole(AriaRole.Checkbox, new() { NameRegex = StarsLabel(stars) }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).Query.Contains(parameter, StringComparison.Ordinal));
    }

    public ILocator Cards => Page.Locator("main article");

    public async Task<IReadOnlyList<ProductCard>> ProductCardsAsync()
    {
        var cards = new List<ProductCard>();
        foreach (var card in await Cards.AllAsync())
        {
            var link = NameLink(card);
            cards.Add(new ProductCard(
                (await link.InnerTextAsync()).Trim(),
                await link.GetAttributeAsync("href") ?? "",
                StarsIn(await card.AriaSnapshotAsync())));
        }

        return cards;
    }

    /// <summary>Follows the name link of the card at <paramref name="index"/> to the product page.</summary>
    public async Task<ProductPage> OpenProductAsync(int index)
    {
        await NameLink(Cards.Nth(index)).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(Path + "/", StringComparison.Ordinal));
        return new ProductPage(Page);
    }

    /// <summary>
    /// The stars a card states, read from its accessibility tree so that "4 sao" counts whether it is visible text
    /// or the accessible name of a star badge; a row of ★ counts too.
    /// </summary>
    public static int? StarsIn(string ariaSnapshot)
    {
        var words = StarsInWords().Match(ariaSnapshot);
        if (words.Success)
        {
            return int.Parse(words.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var glyphs = StarGlyphs().Match(ariaSnapshot);
        return glyphs.Success ? glyphs.Length : null;
    }

    // The name link is the card's first link to a product that has text (a photo link has only an image).
    private static ILocator NameLink(ILocator card) =>
        card.Locator($"a[href^='{Path}/']").Filter(new() { HasTextRegex = NonBlank() }).First;

    // Playwright passes this pattern to the browser, which accepts only flags JavaScript knows (not CultureInvariant).
    private static Regex StarsLabel(int stars) =>
        new($@"^\s*{stars.ToString(CultureInfo.InvariantCulture)} sao\b");

    [GeneratedRegex(@"\b([1-5])\s*sao\b", RegexOptions.CultureInvariant)]
    private static partial Regex StarsInWords();

    [GeneratedRegex("★+")]
    private static partial Regex StarGlyphs();

    [GeneratedRegex(@"\S")]
    private static partial Regex NonBlank();
}
