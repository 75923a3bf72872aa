using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Media;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Publishing;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Sharing;

/// <summary>The drawn share images: photo or illustration, name and stars, drawn again after a publish. A site of its own.</summary>
public sealed class ShareImageTests
{
    private string _emptyUSync = "";
    private OcopWebFactory _factory = null!;
    private HttpClient _client = null!;
    private VipsImages _images = null!;
    private Product _photographed = null!;
    private Product _plain = null!;
    private Producer _producer = null!;

    private string ShareDirectory => Path.Combine(_factory.DataDirectory, "share");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-").FullName;
        _factory = new OcopWebFactory(_emptyUSync);
        _client = _factory.CreateClient();
        _images = new VipsImages();
        var photo = await MediaUploads.ReadyAsync(_factory, await File.ReadAllBytesAsync(await _images.PhotoAsync("tra.jpg", 900, 700)), "tra.jpg");
        _producer = Producer("Hợp tác xã Chia sẻ Ảnh");
        _photographed = Product("Trà mãng cầu Xiêm", _producer, OcopGroup.Drinks, Rated(76m, new DateOnly(2024, 10, 1)));
        _photographed.Images.Add(new ProductImage { MediaId = photo.Id, Order = 1 });
        _plain = Product("Khô cá lóc đồng", _producer, OcopGroup.Food, Rated(92m, new DateOnly(2024, 10, 1)));
        await _factory.SaveAsync(_producer, _photographed, _plain);
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _photographed.Id), new ContentItemRef(ContentItemType.Product, _plain.Id));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        _images.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    private async Task<byte[]> ImageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"), path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private string[] FilesOf(Guid id) =>
        Directory.Exists(ShareDirectory) ? Directory.GetFiles(ShareDirectory, $"product-{id:D}-*.png") : [];

    [Test]
    public async Task A_product_with_a_photo_shows_the_photo_beside_its_name()
    {
        var png = await ImageAsync("/chia-se/san-pham/" + _photographed.Slug + ".png");

        Assert.Multiple(async () =>
        {
            Assert.That(PngFacts.Size(png), Is.EqualTo((1200, 630)));
            // The noisy photo fills the left panel with hundreds of colours; the text side has its ink and anti-aliasing.
            Assert.That(await PngFacts.ColoursAsync(png, 0, 0, 560, 630), Is.GreaterThan(500));
            Assert.That(await PngFacts.ColoursAsync(png, 600, 120, 560, 200), Is.GreaterThan(10));
        });
    }

    [Test]
    public async Task A_product_without_a_photo_shows_its_group_illustration_its_name_and_its_stars()
    {
        var png = await ImageAsync("/chia-se/san-pham/" + _plain.Slug + ".png");

        Assert.Multiple(async () =>
        {
            Assert.That(PngFacts.Size(png), Is.EqualTo((1200, 630)));
            Assert.That(await PngFacts.ColoursAsync(png, 0, 0, 560, 630), Is.GreaterThan(5));
            Assert.That(await PngFacts.ColoursAsync(png, 600, 120, 560, 400), Is.GreaterThan(10));
        });
    }

    [Test]
    public async Task The_English_image_is_drawn_apart_from_the_Vietnamese_one()
    {
        var vietnamese = await ImageAsync("/chia-se/san-pham/" + _plain.Slug + ".png");
        var english = await ImageAsync("/en/share/products/" + _plain.Slug + ".png");

        Assert.Multiple(() =>
        {
            Assert.That(PngFacts.Size(english), Is.EqualTo((1200, 630)));
            Assert.That(english, Is.Not.EqualTo(vietnamese), "the site's name and the star badge are in English");
            Assert.That(FilesOf(_plain.Id), Has.Length.EqualTo(2));
        });
    }

    [Test]
    public async Task A_published_change_draws_the_image_again()
    {
        var path = "/chia-se/san-pham/" + _photographed.Slug + ".png";
        var before = await ImageAsync(path);
        Assert.That(FilesOf(_photographed.Id), Is.Not.Empty);

        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == _photographed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Trà mãng cầu Xiêm túi lọc hảo hạng")));
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _photographed.Id));
        var cleared = FilesOf(_photographed.Id);
        var after = await ImageAsync(path);

        Assert.Multiple(() =>
        {
            Assert.That(cleared, Is.Empty, "publishing removes the item's cards");
            Assert.That(PngFacts.Size(after), Is.EqualTo((1200, 630)));
            Assert.That(after, Is.Not.EqualTo(before));
            Assert.That(FilesOf(_photographed.Id), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task A_producer_renamed_and_published_draws_its_products_again()
    {
        var path = "/chia-se/san-pham/" + _plain.Slug + ".png";
        var before = await ImageAsync(path);

        await _factory.WithDbAsync(db => db.Producers.Where(p => p.Id == _producer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Hợp tác xã Chia sẻ Ảnh Mới")));
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Producer, _producer.Id));

        Assert.That(FilesOf(_plain.Id), Is.Empty);
        Assert.That(await ImageAsync(path), Is.Not.EqualTo(before));
    }

    [Test]
    public async Task An_unpublished_product_loses_its_image()
    {
        var gone = Product("Bánh pía thử chia sẻ", null, OcopGroup.Food);
        gone.ProducerId = _producer.Id;
        await _factory.SaveAsync(gone);
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, gone.Id));
        await ImageAsync("/chia-se/san-pham/" + gone.Slug + ".png");

        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == gone.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublicationState.Draft)));
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, gone.Id));
        using var response = await _client.GetAsync("/chia-se/san-pham/" + gone.Slug + ".png");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
