using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>
/// A tourist who reads English, standing in Châu Đốc (a mocked position), starts at /en, finds where to buy,
/// lets the site use the position, opens the nearest showroom and sees what it stocks, all on the English site.
/// </summary>
[TestFixture]
public sealed class EnglishNearMeJourneyTests : BrowserTest
{
    protected override BrowserNewContextOptions ContextOptions()
    {
        var options = base.ContextOptions();
        options.Permissions = ["geolocation"];
        options.Geolocation = new Geolocation { Latitude = 10.69f, Longitude = 105.12f };
        return options;
    }

    [Test]
    public async Task Tourist_finds_the_nearest_showroom_from_the_English_home_page_and_its_products()
    {
        var directory = await SalesPointDirectoryPage.OpenFromEnglishHomeAsync(Page);
        var heading = await Page.Locator("h1").InnerTextAsync();

        await directory.NearMeButton.ClickAsync();
        await Assertions.Expect(directory.NearMeStatus).ToHaveTextAsync("Sales points near you are listed first. Your location is not sent anywhere.");
        var names = await directory.NamesAsync();
        var distance = await directory.Items.First.Locator(".distance").InnerTextAsync();
        await directory.OpenFirstAsync("/en/sales-points/");
        var products = await Page.Locator("section[aria-labelledby=stock-title] h3").AllInnerTextsAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(heading, Is.EqualTo("Where to buy OCOP products"));
            Assert.That(names[0], Is.EqualTo(TestSalesPoints.ChauDocName));
            Assert.That(distance, Does.Match(@"^\d+\.\d km away$"));
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/en/sales-points/" + TestSalesPoints.ChauDocSlug));
            Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("en"));
            Assert.That(products, Has.Some.Contains("Bắp non đóng hộp"));
            Assert.That(await Page.Locator("section[aria-labelledby=stock-title] h3 a").First.GetAttributeAsync("href"), Does.StartWith("/en/products/"));
        });
    }
}
