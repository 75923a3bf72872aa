using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// A workflow content type whose items have public pages at their slugs (products, producers, sales points, pages):
/// a snapshot whose slug another item of the type already uses stays out of the store.
/// </summary>
public abstract class SluggedContent<TFile, TEntity>(OcopDbContext db) : EditorialContent<TFile, TEntity>(db)
    where TFile : class
    where TEntity : class, ISluggedRecord, new()
{
    /// <summary>The slug wanted, or when another item has it, the first of "-2", "-3"... that is free.</summary>
    public async Task<string> FreeSlugAsync(string wanted, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var taken = await Db.Set<TEntity>().AsNoTracking().Where(e => e.Id != id && e.Slug.StartsWith(wanted)).Select(e => e.Slug)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return SlugChoice.FirstFree(wanted, taken);
    }

    /// <summary>The slug check; a type with more to check adds its own problems to these.</summary>
    protected override async Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, TFile file, CancellationToken cancellationToken)
    {
        var slug = Facts(file).Slug;
        return await Db.Set<TEntity>().AnyAsync(e => e.Slug == slug && e.Id != id, cancellationToken).ConfigureAwait(false)
            ? [("slug", "Workflow.Problem.SlugTaken")]
            : [];
    }
}
