using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>The same journey with JavaScript off: no map, no near-me button, the locality chooser sorts on the server.</summary>
[TestFixture]
public sealed class NearLocalityWithoutScriptTests : BrowserTest
{
    protected override BrowserNewContextOptions ContextOptions()
    {
        var options = base.ContextOptions();
        options.JavaScriptEnabled = false;
        return options;
    }

    [Test]
    public async Task Choosing_a_locality_puts_the_nearest_showroom_first_and_it_lists_its_products()
    {
        var directory = await SalesPointDirectoryPage.OpenAsync(Page);
        var mapHidden = await directory.Map.IsHiddenAsync();
        var buttonHidden = await directory.NearMeButton.IsHiddenAsync();

        await directory.SortFromLocalityAsync("thanh-pho-chau-doc");
        var names = await directory.NamesAsync();
        var distance = await directory.Items.First.Locator(".distance").InnerTextAsync();
        await directory.OpenFirstAsync();
        var products = await Page.Locator("section[aria-labelledby=stock-title] h3").AllInnerTextsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(mapHidden, Is.True, "the map needs JavaScript");
            Assert.That(buttonHidden, Is.True, "geolocation needs JavaScript");
            Assert.That(names[0], Is.EqualTo(TestSalesPoints.ChauDocName));
            Assert.That(distance, Is.EqualTo("Cách 0,0 km"));
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/diem-ban/" + TestSalesPoints.ChauDocSlug));
            Assert.That(products, Has.Some.Contains("Bắp non đóng hộp"));
        });
    }
}
