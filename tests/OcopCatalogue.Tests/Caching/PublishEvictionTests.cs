using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Publishing;
using static OcopCatalogue.Tests.Caching.PageCachingTests;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Caching;

/// <summary>
/// What a publish empties from the page cache: every page, at once, even when the publisher stops waiting; QR images
/// of stamps only when a product or batch stops answering their address. On a site of its own per test.
/// </summary>
public sealed class PublishEvictionTests
{
    private string _emptyUSync = "";
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;
    private Product _tea = null!;
    private Product _unrelated = null!;
    private TraceBatch _batch = null!;

    private string ProductQr => $"/qr/01/{_tea.Gtin}.png";

    private string BatchQr => $"/qr/01/{_tea.Gtin}/10/{_batch.LotCode}.svg";

    [SetUp]
    public async Task StartAsync()
    {
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-").FullName;
        _factory = new OcopWebFactory(_emptyUSync);
        _client = Anonymous(_factory);
        var producer = Producer("Hợp tác xã Tem Đệm");
        _tea = Product("Trà atisô tem đệm", producer, OcopGroup.Drinks, Rated(72m, new DateOnly(2024, 11, 14)));
        _tea.Gtin = ExampleGtin(7101);
        _batch = Batch(_tea, "TD-01");
        _unrelated = Product("Mứt gừng tem đệm", null, OcopGroup.Food, Rated(66m, new DateOnly(2024, 11, 14)));
        _unrelated.ProducerId = producer.Id;
        _unrelated.Gtin = ExampleGtin(7102);
        await _factory.SaveAsync(producer, _tea, _batch, _unrelated);
        // The first publish after a start empties the images once (what they were drawn from is not known yet).
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _tea.Id));
    }

    [TearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    [Test]
    public async Task A_publish_whose_publisher_stops_waiting_still_empties_the_pages_and_updates_the_catalogue()
    {
        var page = "/san-pham/" + _tea.Slug;
        await GetAsync(_client, page);
        await GetAsync(_client, "/");
        await SetAsync(_tea.Id, s => s.SetProperty(p => p.Name, "Trà atisô sau khi rời trang"));
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        // The editor closed the tab after the save was committed: the request's token is cancelled.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentPublisher>()
                .PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Product, _tea.Id)], "test"), gone.Token);
        }

        var product = await GetAsync(_client, page);
        var home = await GetAsync(_client, "/");

        Assert.Multiple(() =>
        {
            Assert.That(product.Age, Is.Null);
            Assert.That(product.Html, Does.Contain("Trà atisô sau khi rời trang"));
            Assert.That(home.Html, Does.Contain("Trà atisô sau khi rời trang"), "the home page's featured list is current");
        });
    }

    [Test]
    public async Task A_QR_image_stays_cached_across_a_publish_of_an_unrelated_product_whose_pages_change_at_once()
    {
        await GetAsync(_client, ProductQr);
        await GetAsync(_client, "/san-pham");
        await SetAsync(_unrelated.Id, s => s.SetProperty(p => p.Name, "Mứt gừng đã đổi tên"));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _unrelated.Id));
        var image = await GetAsync(_client, ProductQr);
        var list = await GetAsync(_client, "/san-pham");

        Assert.Multiple(() =>
        {
            Assert.That(image.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(image.Age, Is.Not.Null, "served from the cache across the publish");
            Assert.That(list.Age, Is.Null, "pages are evicted on every publish");
            Assert.That(list.Html, Does.Contain("Mứt gừng đã đổi tên").And.Not.Contain("Mứt gừng tem đệm"));
        });
    }

    [Test]
    public async Task A_QR_image_stays_cached_when_its_product_is_published_with_the_same_codes_and_its_page_changes_at_once()
    {
        var page = "/san-pham/" + _tea.Slug;
        await GetAsync(_client, BatchQr);
        await GetAsync(_client, page);
        await SetAsync(_tea.Id, s => s.SetProperty(p => p.Name, "Trà atisô đã đổi tên"));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _tea.Id), new ContentItemRef(ContentItemType.Batch, _batch.Id));
        var image = await GetAsync(_client, BatchQr);
        var product = await GetAsync(_client, page);

        Assert.Multiple(() =>
        {
            Assert.That(image.Age, Is.Not.Null);
            Assert.That(product.Age, Is.Null);
            Assert.That(product.Html, Does.Contain("Trà atisô đã đổi tên"));
        });
    }

    [Test]
    public async Task A_QR_image_goes_when_its_product_takes_another_GTIN()
    {
        var oldImage = ProductQr;
        await GetAsync(_client, oldImage);
        var cached = await GetAsync(_client, oldImage);
        var newGtin = ExampleGtin(7103);
        await SetAsync(_tea.Id, s => s.SetProperty(p => p.Gtin, newGtin));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _tea.Id));
        var gone = await GetAsync(_client, oldImage);
        var answered = await GetAsync(_client, $"/qr/01/{newGtin}.png");

        Assert.Multiple(() =>
        {
            Assert.That(cached.Age, Is.Not.Null);
            Assert.That(gone.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(answered.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_batch_QR_image_goes_when_the_batch_is_unpublished_and_the_products_stays()
    {
        await GetAsync(_client, BatchQr);
        await GetAsync(_client, ProductQr);
        await _factory.WithDbAsync(db => db.TraceBatches.Where(b => b.Id == _batch.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, PublicationState.Unpublished)));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Batch, _batch.Id));
        var batchImage = await GetAsync(_client, BatchQr);
        var productImage = await GetAsync(_client, ProductQr);

        Assert.Multiple(() =>
        {
            Assert.That(batchImage.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(productImage.Status, Is.EqualTo(HttpStatusCode.OK), "drawn again: every image goes when one might be wrong");
        });
    }

    private async Task SetAsync(Guid productId, Action<UpdateSettersBuilder<Product>> set) =>
        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(set));
}
