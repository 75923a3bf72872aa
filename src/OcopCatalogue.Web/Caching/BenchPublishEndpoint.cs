using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Bench only (bench/soak.sh, bench/publish.sh), mapped when <c>Ocop:Bench:PublishEndpoint</c> is true and never
/// otherwise: <c>POST /_bench/publish?slug=...</c> changes the product's short description and publishes it through
/// a <see cref="ContentPublisher"/> over the site's own handlers, as an editor's publish does, so a soak can publish
/// every few seconds while it loads the site. The back office's workflow needs a signed-in editor and a form per
/// publish; this stands in for it until a bench drives the back office itself. The answer says how long each
/// handler took, which is what a publish costs beyond its write.
/// </summary>
public static class BenchPublishEndpoint
{
    public const string EnabledKey = "Ocop:Bench:PublishEndpoint";
    public const string Path = PageCachingExtensions.BenchStaticPath + "/publish";

    public static async Task<IResult> HandleAsync(
        string slug,
        OcopDbContext db,
        IEnumerable<IContentPublishedHandler> handlers,
        ILogger<ContentPublisher> logger,
        TimeProvider clock,
        Cluster.CacheInstructionWriter instructions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(clock);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Slug == slug && p.State == PublicationState.Published, cancellationToken);
        if (product is null)
        {
            return Results.NotFound();
        }

        var now = clock.GetUtcNow();
        var text = product.ShortDescription ?? product.Name;
        var mark = text.IndexOf(" · bench ", StringComparison.Ordinal);
        product.ShortDescription = (mark < 0 ? text : text[..mark]) + $" · bench {now:HH:mm:ss.fff}";
        product.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        var publisher = new ContentPublisher(handlers.Select(h => new TimedHandler(h, timings)).ToList(), logger, instructions);
        var started = Stopwatch.GetTimestamp();
        await publisher.PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Product, product.Id)], "bench publish"), cancellationToken);
        var handlersMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return Results.Ok(new { product = product.Slug, product.ShortDescription, handlersMs, handlers = timings });
    }

    /// <summary>One of the site's handlers, timed.</summary>
    private sealed class TimedHandler(IContentPublishedHandler inner, Dictionary<string, double> timings) : IContentPublishedHandler
    {
        public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await inner.HandleAsync(notification, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                timings[inner.GetType().Name] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
    }
}
