using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>The same search box with JavaScript turned off: a plain form that still finds the products.</summary>
[TestFixture]
public sealed class SearchWithoutScriptTests : BrowserTest
{
    protected override BrowserNewContextOptions ContextOptions()
    {
        var options = base.ContextOptions();
        options.JavaScriptEnabled = false;
        return options;
    }

    [Test]
    public async Task Without_javascript_the_header_form_still_goes_to_the_results()
    {
        await Page.GotoAsync("/");
        var box = new SearchBox(Page);

        await box.Input.FillAsync("dau tam");
        await box.SubmitAsync();

        var role = await box.Page.Locator("#search-q").GetAttributeAsync("role");
        var results = await Page.Locator("main ol.search-results li h3").AllInnerTextsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(new Uri(Page.Url).Query, Is.EqualTo("?q=dau+tam"));
            Assert.That(role, Is.Null, "no script ran to make the box a combobox");
            Assert.That(results, Has.Some.Contains("dâu tằm"));
        });
    }
}
