using System.Globalization;
using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Journeys;

/// <summary>A consumer browses the catalogue, narrows it to 4★ products, opens one and then its producer.</summary>
[TestFixture]
public sealed class CatalogueToProducerJourneyTests : BrowserTest
{
    [Test]
    public async Task Filtering_by_4_stars_keeps_only_4_star_products_in_the_url_and_the_list()
    {
        var catalogue = await CataloguePage.OpenAsync(Page);

        await catalogue.FilterByStarsAsync(4);
        var cards = await catalogue.ProductCardsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Page.Url, Does.Contain("sao=4"), "the filter state is in the URL");
            Assert.That(cards, Is.Not.Empty, "the 4★ list is not empty");
            Assert.That(cards.Where(c => c.Stars != 4).Select(c => $"{c.Name}: {c.Stars?.ToString(CultureInfo.InvariantCulture) ?? "no stars"}"),
                Is.Empty, "every listed product shows 4 stars");
            Assert.That(cards.Select(c => c.Name), Does.Contain("Bắp non đóng hộp"), "85.2 points, a 4★ decision");
            Assert.That(cards.Select(c => c.Name), Does.Not.Contain("Thốt nốt đóng lon"),
                "only proposed for 4★, not decided yet");
        });
    }

    [Test]
    public async Task From_a_4_star_product_the_producer_card_leads_to_the_producer_page()
    {
        var catalogue = await CataloguePage.OpenAsync(Page);
        await catalogue.FilterByStarsAsync(4);
        var first = (await catalogue.ProductCardsAsync())[0];

        var product = await catalogue.OpenProductAsync(0);
        var productName = await product.HeadingAsync();
        var producerName = await product.ProducerNameAsync();
        var producer = await product.OpenProducerAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(productName, Is.EqualTo(first.Name), "the product page is the product of the card");
            Assert.That(new Uri(Page.Url).AbsolutePath, Does.StartWith(ProducerPage.Path + "/"));
            Assert.That(await producer.HeadingAsync(), Is.EqualTo(producerName));
            Assert.That(await producer.ProductNamesAsync(), Does.Contain(productName), "the producer lists the product");
        });
    }

    [Test]
    public async Task Bap_non_dong_hop_names_its_producer_and_the_producer_page_lists_it()
    {
        var (product, status) = await ProductPage.OpenAsync(Page, "bap-non-dong-hop");
        Assert.That(status, Is.EqualTo(200));
        Assert.That(await product.HeadingAsync(), Is.EqualTo("Bắp non đóng hộp"));
        Assert.That(await product.ProducerNameAsync(), Is.EqualTo("Công ty Cổ phần thực phẩm rau quả An Giang"));

        var producer = await product.OpenProducerAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await producer.HeadingAsync(), Is.EqualTo("Công ty Cổ phần thực phẩm rau quả An Giang"));
            Assert.That(await producer.ProductNamesAsync(), Does.Contain("Bắp non đóng hộp").And.Contain("Thốt nốt đóng lon"));
        });
    }

    [Test]
    public async Task Tra_xa_den_has_its_own_page()
    {
        var (product, status) = await ProductPage.OpenAsync(Page, "tra-xa-den");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(await product.HeadingAsync(), Is.EqualTo("Trà Xạ đen"));
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("63,4");
    }
}
