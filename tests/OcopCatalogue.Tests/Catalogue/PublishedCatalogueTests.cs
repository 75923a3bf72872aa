using Microsoft.Extensions.DependencyInjection;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Content.Publishing;
using static OcopCatalogue.Tests.Support.ContentSeed;

namespace OcopCatalogue.Tests.Catalogue;

public sealed class PublishedCatalogueTests
{
    private sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }

    [Test]
    public async Task The_kept_list_follows_a_publish_and_the_change_of_day()
    {
        // Decided 14/11/2022: valid through 13/11/2025, so 14/11/2025 is the first day it is expired.
        var clock = new AdjustableClock(new DateTimeOffset(2025, 11, 13, 23, 0, 0, TimeSpan.FromHours(7)));
        var emptyUSync = Directory.CreateTempSubdirectory("ocop-usync-").FullName;
        try
        {
            using var factory = new OcopWebFactory(emptyUSync, clock);
            var producer = Producer("Cơ sở Bộ nhớ đệm");
            var first = Product("Mắm cá linh bộ nhớ", producer, OcopCatalogue.Core.Catalogue.OcopGroup.Food, Rated(75m, new DateOnly(2022, 11, 14)));
            await SaveAsync(factory, producer, first);
            var catalogue = factory.Services.GetRequiredService<PublishedCatalogue>();
            var before = await catalogue.EntriesAsync();

            var second = Product("Khô cá lóc bộ nhớ", null, OcopCatalogue.Core.Catalogue.OcopGroup.Food, Rated(64m, new DateOnly(2025, 1, 1)));
            second.ProducerId = producer.Id;
            await SaveAsync(factory, second);
            var unannounced = await catalogue.EntriesAsync();
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ContentPublisher>()
                    .PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Product, second.Id)], "test"));
            }

            var announced = await catalogue.EntriesAsync();
            clock.Now = clock.Now.AddHours(2);
            var nextDay = await catalogue.EntriesAsync();

            Assert.Multiple(() =>
            {
                Assert.That(before.Select(e => e.Name), Is.EqualTo(new[] { "Mắm cá linh bộ nhớ" }));
                Assert.That(unannounced, Is.SameAs(before), "kept until something is published");
                Assert.That(announced.Select(e => e.Name), Is.EquivalentTo(new[] { "Mắm cá linh bộ nhớ", "Khô cá lóc bộ nhớ" }));
                Assert.That(announced.Single(e => e.Id == first.Id).Standing.Status, Is.EqualTo(CertificateStatus.Expiring));
                Assert.That(nextDay.Single(e => e.Id == first.Id).Standing.Status, Is.EqualTo(CertificateStatus.Expired));
            });
        }
        finally
        {
            Directory.Delete(emptyUSync, recursive: true);
        }
    }
}
