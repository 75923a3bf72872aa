using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>The same English journey with JavaScript off: the locality chooser sorts on the server.</summary>
[TestFixture]
public sealed class EnglishNearLocalityWithoutScriptTests : BrowserTest
{
    protected override BrowserNewContextOptions ContextOptions()
    {
        var options = base.ContextOptions();
        options.JavaScriptEnabled = false;
        return options;
    }

    [Test]
    public async Task Tourist_without_JavaScript_sorts_by_locality_and_opens_the_nearest_showroom()
    {
        var directory = await SalesPointDirectoryPage.OpenFromEnglishHomeAsync(Page);

        await directory.SortFromLocalityAsync("thanh-pho-chau-doc");
        var path = new Uri(Page.Url).AbsolutePath;
        var names = await directory.NamesAsync();
        var distance = await directory.Items.First.Locator(".distance").InnerTextAsync();
        await directory.OpenFirstAsync("/en/sales-points/");
        var products = await Page.Locator("section[aria-labelledby=stock-title] h3").AllInnerTextsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(path, Is.EqualTo("/en/sales-points"), "the filter form stays on the English site");
            Assert.That(names[0], Is.EqualTo(TestSalesPoints.ChauDocName));
            Assert.That(distance, Is.EqualTo("0.0 km away"));
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/en/sales-points/" + TestSalesPoints.ChauDocSlug));
            Assert.That(products, Has.Some.Contains("Bắp non đóng hộp"));
        });
    }
}
