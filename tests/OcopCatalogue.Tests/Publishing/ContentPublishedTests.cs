using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.Publishing;

public sealed class ContentPublishedTests
{
    [Test]
    public async Task Import_publishes_once_for_a_run_that_changed_something_and_not_for_an_unchanged_run()
    {
        using var usync = USyncCopy.OfRepository();
        var received = new PublishedLog();
        using var baseFactory = new OcopWebFactory(usync.Path);
        using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.AddSingleton(received);
            services.AddContentPublishedHandler<RecordingHandler>();
        }));
        _ = factory.Services;
        var afterStart = received.Notifications.Count;

        await factory.ImportAsync();
        var afterUnchangedRun = received.Notifications.Count;

        var productKey = usync.Json("products/siro-atiso-do.json")["key"]!.GetValue<Guid>();
        usync.Edit("products/siro-atiso-do.json", json => json["shortDescription"] = "Mô tả mới.");
        await factory.ImportAsync();

        Assert.Multiple(() =>
        {
            Assert.That(afterStart, Is.EqualTo(1), "the first start imports everything and publishes once");
            Assert.That(received.Notifications[0].Items, Has.Count.GreaterThan(30));
            Assert.That(afterUnchangedRun, Is.EqualTo(1), "an unchanged run publishes nothing");
            Assert.That(received.Notifications, Has.Count.EqualTo(2));
            Assert.That(received.Notifications[^1].Items, Is.EqualTo(Expected.Of(new ContentItemRef(ContentItemType.Product, productKey))));
            Assert.That(received.Notifications[^1].Origin, Is.EqualTo("uSync import"));
        });
    }

    [Test]
    public async Task A_failing_handler_does_not_keep_the_others_from_hearing_of_the_change()
    {
        var received = new PublishedLog();
        var publisher = new ContentPublisher([new ThrowingHandler(), new RecordingHandler(received)], NullLogger<ContentPublisher>.Instance);

        await publisher.PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Page, Guid.NewGuid())], "test"));

        Assert.That(received.Notifications, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_notification_without_items_is_not_published()
    {
        var received = new PublishedLog();
        var publisher = new ContentPublisher([new RecordingHandler(received)], NullLogger<ContentPublisher>.Instance);

        await publisher.PublishAsync(new ContentPublished([], "test"));

        Assert.That(received.Notifications, Is.Empty);
    }

    private sealed class PublishedLog
    {
        private readonly List<ContentPublished> _notifications = [];

        public IReadOnlyList<ContentPublished> Notifications
        {
            get
            {
                lock (_notifications)
                {
                    return [.. _notifications];
                }
            }
        }

        public void Add(ContentPublished notification)
        {
            lock (_notifications)
            {
                _notifications.Add(notification);
            }
        }
    }

    private sealed class RecordingHandler(PublishedLog log) : IContentPublishedHandler
    {
        public Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
        {
            log.Add(notification);
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingHandler : IContentPublishedHandler
    {
        public Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("search index unavailable");
    }
}
