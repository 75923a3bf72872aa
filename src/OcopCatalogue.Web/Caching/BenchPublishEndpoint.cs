using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Bench only (bench/soak.sh), mapped when <c>Ocop:Bench:PublishEndpoint</c> is true and never otherwise:
/// <c>POST /_bench/publish?slug=...</c> changes the product's short description and publishes it through
/// <see cref="ContentPublisher"/>, as an editor's publish does, so a soak can publish every few seconds while it
/// loads the site. The back office's workflow needs a signed-in editor and a form per publish; this stands in
/// for it until a bench drives the back office itself.
/// </summary>
public static class BenchPublishEndpoint
{
    public const string EnabledKey = "Ocop:Bench:PublishEndpoint";
    public const string Path = PageCachingExtensions.BenchStaticPath + "/publish";

    public static async Task<IResult> HandleAsync(string slug, OcopDbContext db, ContentPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(publisher);
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
        await publisher.PublishAsync(new ContentPublished([new ContentItemRef(ContentItemType.Product, product.Id)], "bench publish"), cancellationToken);
        return Results.Ok(new { product = product.Slug, product.ShortDescription });
    }
}
