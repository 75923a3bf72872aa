using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// A visitor types "dau tam" without accents into the header's search box, as people do on phones, and either
/// picks a suggestion with the keyboard or searches; without JavaScript the box still leads to the results.
/// </summary>
[TestFixture]
public sealed class SearchSuggestionJourneyTests : BrowserTest
{
    [Test]
    public async Task Typing_dau_tam_and_choosing_a_suggestion_with_the_keyboard_opens_that_product()
    {
        await Page.GotoAsync("/");
        var box = new SearchBox(Page);

        await box.TypeAsync("dau tam");
        await Assertions.Expect(box.Suggestions).ToBeVisibleAsync();
        await Assertions.Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "true");
        // The list is redrawn as each typed letter's answer arrives: read it once the whole words' answer is shown.
        await Assertions.Expect(box.Options.Filter(new() { HasText = "dâu tằm" }).First).ToBeVisibleAsync();
        var options = await box.Options.AllAsync();
        var titles = new List<string>();
        foreach (var option in options)
        {
            titles.Add((await option.Locator(".suggestion-title").InnerTextAsync()).Trim());
        }

        var target = titles.FindIndex(t => t.Contains("dâu tằm", StringComparison.OrdinalIgnoreCase));
        Assert.That(target, Is.GreaterThanOrEqualTo(0), "a dâu tằm product is suggested: " + string.Join(", ", titles));

        Assert.That(options, Has.Count.GreaterThanOrEqualTo(2), "enough suggestions to move between");

        // The active option moves with the arrow keys while the focus stays in the box.
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(box.Input).ToHaveAttributeAsync("aria-activedescendant", await box.Options.Nth(0).GetAttributeAsync("id") ?? "?");
        await Assertions.Expect(box.Options.Nth(0)).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(box.Input).ToHaveAttributeAsync("aria-activedescendant", await box.Options.Nth(1).GetAttributeAsync("id") ?? "?");
        await Assertions.Expect(box.Options.Nth(0)).ToHaveAttributeAsync("aria-selected", "false");
        await Assertions.Expect(box.Options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("ArrowUp");
        await Assertions.Expect(box.Options.Nth(0)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box.Input).ToBeFocusedAsync();
        for (var i = 0; i < target; i++)
        {
            await box.PressAsync("ArrowDown");
        }

        var active = await box.ActiveOptionAsync();
        Assert.That(active, Is.Not.Null);
        await Assertions.Expect(active!).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box.Options.Nth(target)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(Page.Locator("[role='option'][aria-selected='true']")).ToHaveCountAsync(1);

        await box.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(CataloguePage.Path + "/", StringComparison.Ordinal));

        Assert.That(await new SitePage(Page).HeadingAsync(), Is.EqualTo(titles[target]));
    }

    [Test]
    public async Task Escape_closes_the_suggestions()
    {
        await Page.GotoAsync("/");
        var box = new SearchBox(Page);

        await box.TypeAsync("dau tam");
        await Assertions.Expect(box.Suggestions).ToBeVisibleAsync();
        await box.PressAsync("ArrowDown");
        await box.PressAsync("Escape");

        await Assertions.Expect(box.Suggestions).ToBeHiddenAsync();
        await Assertions.Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(box.Input).Not.ToHaveAttributeAsync("aria-activedescendant", new System.Text.RegularExpressions.Regex("."));
        await Assertions.Expect(box.Input).ToHaveValueAsync("dau tam");
    }

    [Test]
    public async Task Submitting_without_choosing_a_suggestion_shows_the_results_page()
    {
        await Page.GotoAsync("/");
        var box = new SearchBox(Page);

        await box.TypeAsync("dau tam");
        await box.SubmitAsync();

        await AssertDauTamResultsAsync();
    }

    [Test]
    public async Task Enter_without_choosing_a_suggestion_searches()
    {
        await Page.GotoAsync("/");
        var box = new SearchBox(Page);

        await box.TypeAsync("dau tam");
        await Assertions.Expect(box.Suggestions).ToBeVisibleAsync();
        await box.PressAsync("Enter");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == SearchBox.ResultsPath);

        await AssertDauTamResultsAsync();
    }

    private async Task AssertDauTamResultsAsync()
    {
        var query = new Uri(Page.Url).Query;
        var marks = await Page.Locator("main ol.search-results mark").AllInnerTextsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(query, Is.EqualTo("?q=dau+tam"));
            Assert.That(marks, Is.Not.Empty);
            Assert.That(marks, Has.Some.EqualTo("dâu tằm"));
        });
        await Assertions.Expect(Page.Locator("#results-title")).ToContainTextAsync("dau tam");
    }
}
