using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// A visitor standing in Châu Đốc (a mocked position) asks for the nearest sales point, opens it and sees what
/// it stocks. The map tiles cannot load here (no network), which must not get in the way.
/// </summary>
[TestFixture]
public sealed class NearMeJourneyTests : BrowserTest
{
    protected override BrowserNewContextOptions ContextOptions()
    {
        var options = base.ContextOptions();
        options.Permissions = ["geolocation"];
        options.Geolocation = new Geolocation { Latitude = 10.69f, Longitude = 105.12f };
        return options;
    }

    [Test]
    public async Task Near_me_puts_the_nearest_showroom_first_and_it_lists_its_products()
    {
        var directory = await SalesPointDirectoryPage.OpenAsync(Page);
        var before = await directory.NamesAsync();

        await directory.NearMeButton.ClickAsync();
        await Assertions.Expect(directory.NearMeStatus).Not.ToBeEmptyAsync();
        var after = await directory.NamesAsync();
        var distance = await directory.Items.First.Locator(".distance").InnerTextAsync();
        await directory.OpenFirstAsync();
        var products = await Page.Locator("#stock-title + .card-grid h3, section[aria-labelledby=stock-title] h3").AllInnerTextsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before[0], Is.Not.EqualTo(TestSalesPoints.ChauDocName), "the list starts in name order");
            Assert.That(after[0], Is.EqualTo(TestSalesPoints.ChauDocName));
            Assert.That(after, Is.EquivalentTo(before), "sorting keeps every point");
            Assert.That(distance, Does.Match(@"^Cách \d+,\d km$"));
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/diem-ban/" + TestSalesPoints.ChauDocSlug));
            Assert.That(products, Has.Some.Contains("Bắp non đóng hộp"));
        });
    }

    [Test]
    public async Task The_map_shows_markers_while_tiles_fail_and_the_list_stays_usable()
    {
        var directory = await SalesPointDirectoryPage.OpenAsync(Page);

        await Assertions.Expect(directory.Map).ToBeVisibleAsync();
        await Assertions.Expect(directory.Map.Locator(".leaflet-marker-icon").First).ToBeVisibleAsync();
        Assert.That(await directory.Items.CountAsync(), Is.GreaterThanOrEqualTo(4));
    }
}
