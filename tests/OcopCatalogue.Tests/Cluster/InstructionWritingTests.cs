using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Tests.Cluster;

public sealed class InstructionWritingTests
{
    [Test]
    public async Task An_instruction_not_written_is_reported_and_this_server_still_follows_the_change()
    {
        // No content store in this container: writing the instruction fails.
        await using var services = new ServiceCollection().BuildServiceProvider();
        var writer = new CacheInstructionWriter(services.GetRequiredService<IServiceScopeFactory>(),
            new ClusterNode(new ConfigurationBuilder().Build()), TimeProvider.System);
        var handled = new List<ContentPublished>();
        var publisher = new ContentPublisher([new Recording(handled)], NullLogger<ContentPublisher>.Instance, writer);
        var change = new ContentPublished([new ContentItemRef(ContentItemType.Product, Guid.NewGuid())], "test");

        await publisher.PublishAsync(change);

        Assert.Multiple(() =>
        {
            Assert.That(publisher.FailedHandlers, Is.EqualTo(new[] { nameof(CacheInstructionWriter) }), "the editor is told");
            Assert.That(handled, Is.EqualTo(new[] { change }), "the local handlers still ran");
        });
    }

    private sealed class Recording(List<ContentPublished> handled) : IContentPublishedHandler
    {
        public Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
        {
            handled.Add(notification);
            return Task.CompletedTask;
        }
    }
}
