using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Site;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Catalogue;

/// <summary>The kept list of catalogue entries, on a site of its own per test (each changes content or the clock).</summary>
public sealed class PublishedCatalogueTests
{
    private FakeClock _clock = null!;
    private string _emptyUSync = "";
    private OcopWebFactory _factory = null!;
    private Producer _producer = null!;
    private Product _changed = null!;
    private Product _other = null!;

    /// <summary>The site's own, disposed with it.</summary>
    private PublishedCatalogue Catalogue => _factory.Services.GetRequiredService<PublishedCatalogue>();

    [SetUp]
    public async Task StartAsync()
    {
        // Decided 14/11/2022: valid through 13/11/2025, so 14/11/2025 is the first day it is expired.
        _clock = new FakeClock(new DateTimeOffset(2025, 11, 13, 23, 0, 0, TimeSpan.FromHours(7)));
        _emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-").FullName;
        _factory = new OcopWebFactory(_emptyUSync, _clock);
        _producer = Producer("Cơ sở Bộ nhớ đệm");
        _changed = Product("Mắm cá linh bộ nhớ", _producer, OcopGroup.Food, Rated(75m, new DateOnly(2022, 11, 14)));
        _other = Product("Khô cá lóc bộ nhớ", null, OcopGroup.Food, Rated(64m, new DateOnly(2025, 1, 1)));
        await _factory.SaveAsync(_producer, _changed, _other);
    }

    [TearDown]
    public void Stop()
    {
        _factory.Dispose();
        Directory.Delete(_emptyUSync, recursive: true);
    }

    [Test]
    public async Task The_kept_list_follows_a_publish_and_the_change_of_day()
    {
        var before = await Catalogue.EntriesAsync();
        var added = Product("Khô cá tra bộ nhớ", null, OcopGroup.Food, Rated(64m, new DateOnly(2025, 1, 1)));
        added.ProducerId = _producer.Id;
        await _factory.SaveAsync(added);
        var unannounced = await Catalogue.EntriesAsync();
        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, added.Id));

        var announced = await Catalogue.EntriesAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        var nextDay = await Catalogue.EntriesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before.Select(e => e.Name), Is.EquivalentTo(new[] { "Mắm cá linh bộ nhớ", "Khô cá lóc bộ nhớ" }));
            Assert.That(unannounced, Is.SameAs(before), "kept until something is published");
            Assert.That(announced.Select(e => e.Name), Is.EquivalentTo(new[] { "Mắm cá linh bộ nhớ", "Khô cá lóc bộ nhớ", "Khô cá tra bộ nhớ" }));
            Assert.That(announced.Single(e => e.Id == added.Id).ProducerName, Is.EqualTo("Cơ sở Bộ nhớ đệm"));
            Assert.That(announced.Single(e => e.Id == _changed.Id).Standing.Status, Is.EqualTo(CertificateStatus.Expiring));
            Assert.That(nextDay.Single(e => e.Id == _changed.Id).Standing.Status, Is.EqualTo(CertificateStatus.Expired));
            Assert.That(nextDay.Single(e => e.Id == _other.Id), Is.Not.SameAs(announced.Single(e => e.Id == _other.Id)),
                "the first request of a day reads every product again");
        });
    }

    [Test]
    public async Task A_published_change_to_one_product_is_in_the_list_when_the_publish_returns_and_the_other_entries_are_kept()
    {
        var before = await Catalogue.EntriesAsync();
        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == _changed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Mắm cá linh đổi tên").SetProperty(p => p.ShortDescription, "Mô tả mới")));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _changed.Id));
        var after = await Catalogue.EntriesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(after.Single(e => e.Id == _changed.Id).Name, Is.EqualTo("Mắm cá linh đổi tên"));
            Assert.That(after.Single(e => e.Id == _changed.Id).ShortDescription, Is.EqualTo("Mô tả mới"));
            Assert.That(after.Single(e => e.Id == _other.Id), Is.SameAs(before.Single(e => e.Id == _other.Id)),
                "a product the publish does not name is not read again");
            Assert.That(after, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task An_unpublished_product_leaves_the_list_and_the_featured_order()
    {
        await Catalogue.FeaturedFirstAsync();
        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == _changed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublicationState.Unpublished)));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Product, _changed.Id));

        var entries = await Catalogue.EntriesAsync();
        var featured = await Catalogue.FeaturedFirstAsync();

        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => e.Id), Is.EqualTo(new[] { _other.Id }));
            Assert.That(featured.Select(e => e.Id), Is.EqualTo(new[] { _other.Id }));
        });
    }

    [Test]
    public async Task A_producers_rename_shows_on_its_products_entries()
    {
        var before = await Catalogue.EntriesAsync();
        await _factory.WithDbAsync(db => db.Producers.Where(p => p.Id == _producer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Hợp tác xã Đổi Tên")));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Producer, _producer.Id));
        var after = await Catalogue.EntriesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(after.Single(e => e.Id == _changed.Id).ProducerName, Is.EqualTo("Hợp tác xã Đổi Tên"));
            Assert.That(after.Single(e => e.Id == _other.Id), Is.SameAs(before.Single(e => e.Id == _other.Id)), "not the producer's");
        });
    }

    [Test]
    public async Task An_unpublished_producer_is_no_longer_named_on_its_products()
    {
        await Catalogue.EntriesAsync();
        await _factory.WithDbAsync(db => db.Producers.Where(p => p.Id == _producer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublicationState.Unpublished)));

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Producer, _producer.Id));
        var entry = (await Catalogue.EntriesAsync()).Single(e => e.Id == _changed.Id);

        Assert.That(entry.ProducerName, Is.Null);
    }

    [Test]
    public async Task A_certificate_named_alone_changes_its_products_standing_and_featured_place()
    {
        var featuredBefore = await Catalogue.FeaturedFirstAsync();
        var higher = Rated(95m, new DateOnly(2025, 6, 1));
        higher.ProductId = _other.Id;
        higher.Sequence = 2;
        await _factory.SaveAsync(higher);

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Certificate, higher.Id));
        var entries = await Catalogue.EntriesAsync();
        var featured = await Catalogue.FeaturedFirstAsync();

        Assert.Multiple(() =>
        {
            Assert.That(featuredBefore.Select(e => e.Id), Is.EqualTo(new[] { _changed.Id, _other.Id }), "75 points before 64");
            Assert.That(entries.Single(e => e.Id == _other.Id).Score, Is.EqualTo(95m));
            Assert.That(entries.Single(e => e.Id == _other.Id).Stars, Is.EqualTo(StarRating.Five));
            Assert.That(featured.Select(e => e.Id), Is.EqualTo(new[] { _other.Id, _changed.Id }));
        });
    }

    [Test]
    public async Task Publishing_a_page_or_a_sales_point_reads_no_product_again()
    {
        var before = await Catalogue.EntriesAsync();

        await _factory.PublishAsync(new ContentItemRef(ContentItemType.Page, Guid.NewGuid()), new ContentItemRef(ContentItemType.SalesPoint, Guid.NewGuid()));
        var after = await Catalogue.EntriesAsync();

        Assert.That(after, Is.SameAs(before), "kept as it was");
    }

    [Test]
    public async Task A_large_publish_reads_the_whole_list_again()
    {
        var before = await Catalogue.EntriesAsync();
        var many = Enumerable.Range(0, PublishedCatalogue.MostProductsReadAgain)
            .Select(_ => new ContentItemRef(ContentItemType.Product, Guid.NewGuid()))
            .Append(new ContentItemRef(ContentItemType.Product, _changed.Id))
            .ToArray();

        await _factory.PublishAsync(many);
        var after = await Catalogue.EntriesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.Not.SameAs(before));
            Assert.That(after.Single(e => e.Id == _other.Id), Is.Not.SameAs(before.Single(e => e.Id == _other.Id)), "every product read again");
        });
    }

    [Test]
    public async Task An_update_that_cannot_finish_drops_the_list_so_no_request_keeps_it()
    {
        var before = await Catalogue.EntriesAsync();
        await _factory.WithDbAsync(db => db.Products.Where(p => p.Id == _changed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Mắm cá linh sau lỗi")));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.That(async () => await Catalogue.ApplyAsync(
            new ContentPublished([new ContentItemRef(ContentItemType.Product, _changed.Id)], "test"), cancelled.Token),
            Throws.InstanceOf<OperationCanceledException>());
        var after = await Catalogue.EntriesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.Not.SameAs(before));
            Assert.That(after.Single(e => e.Id == _changed.Id).Name, Is.EqualTo("Mắm cá linh sau lỗi"));
        });
    }

    [Test]
    public async Task The_merged_featured_order_is_the_order_a_fresh_sort_gives()
    {
        var more = Enumerable.Range(1, 30)
            .Select(i => Product($"Bánh thử thứ tự {i:D2}", null, OcopGroup.Food, Rated(50m + i % 7 * 5, new DateOnly(2025, 1, 1))))
            .ToList();
        // Every other one is the producer's, so its rename moves entries that tie on score.
        more.Where((_, i) => i % 2 == 0).ToList().ForEach(p => p.ProducerId = _producer.Id);
        await _factory.SaveAsync([.. more]);
        await _factory.PublishAsync([.. more.Select(p => new ContentItemRef(ContentItemType.Product, p.Id))]);
        await Catalogue.FeaturedFirstAsync();
        await _factory.WithDbAsync(async db =>
        {
            await db.Products.Where(p => p.Id == more[3].Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Bánh thử thứ tự 00"));
            await db.Products.Where(p => p.Id == more[8].Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PublicationState.Draft));
            return await db.Producers.Where(p => p.Id == _producer.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Cơ sở Sắp Xếp"));
        });

        await _factory.PublishAsync(
            new ContentItemRef(ContentItemType.Product, more[3].Id),
            new ContentItemRef(ContentItemType.Product, more[8].Id),
            new ContentItemRef(ContentItemType.Producer, _producer.Id));
        var merged = await Catalogue.FeaturedFirstAsync();
        var sorted = (await Catalogue.EntriesAsync()).FeaturedFirst(SiteFormat.NameOrder).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(merged.Select(e => e.Slug), Is.EqualTo(sorted.Select(e => e.Slug)));
            Assert.That(merged, Has.Count.EqualTo(31), "32 products, one back to draft");
            Assert.That(merged.Single(e => e.Id == more[3].Id).Name, Is.EqualTo("Bánh thử thứ tự 00"));
        });
    }
}
