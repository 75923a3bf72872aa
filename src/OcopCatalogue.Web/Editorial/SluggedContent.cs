using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// A workflow content type whose items have public pages at their slugs (products, producers, sales points, pages):
/// an item's page is <c>{publicFolder}/{slug}</c>, rendered by the Razor page <c>publicPage</c>; what the workflow
/// needs of a stored item is read with the type's <see cref="Item"/> projection; a snapshot whose slug another item
/// of the type already uses stays out of the store.
/// </summary>
public abstract class SluggedContent<TFile, TEntity>(
    OcopDbContext db, SyncHandler<TFile, TEntity> sync, string segment, string publicFolder, string publicPage)
    : EditorialContent<TFile, TEntity>(db, sync, segment)
    where TFile : class
    where TEntity : class, ISluggedRecord, new()
{
    public override string? PublicPath(string slug) => $"{publicFolder}/{slug}";

    public override string? PublicPageName => publicPage;

    public override Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Set<TEntity>().AsNoTracking().Where(e => e.Id == id).Select(Item).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The slug wanted, or when another item has it, the first of "-2", "-3"... that is free.</summary>
    public async Task<string> FreeSlugAsync(string wanted, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var taken = await Db.Set<TEntity>().AsNoTracking().Where(e => e.Id != id && e.Slug.StartsWith(wanted)).Select(e => e.Slug)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return SlugChoice.FirstFree(wanted, taken);
    }

    /// <summary>What the workflow needs of a stored item, as a query can read it from the item's own columns.</summary>
    protected abstract Expression<Func<TEntity, EditorialItem>> Item { get; }

    /// <summary>The slug check; a type with more to check adds its own problems to these.</summary>
    protected override async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, TFile file, CancellationToken cancellationToken)
    {
        var slug = Facts(file).Slug;
        return await Db.Set<TEntity>().AnyAsync(e => e.Slug == slug && e.Id != id, cancellationToken).ConfigureAwait(false)
            ? [("slug", "Workflow.Problem.SlugTaken")]
            : [];
    }
}
