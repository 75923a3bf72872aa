using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// A <see cref="SyncHandler{TFile, TEntity}"/> for a type whose items have public pages at their slugs: its files are
/// named <c>{folder}/{slug}.json</c>, and a file whose slug another item of the type uses is refused.
/// </summary>
public abstract class SluggedSyncHandler<TFile, TEntity>(OcopDbContext db, TimeProvider clock) : SyncHandler<TFile, TEntity>(db, clock)
    where TFile : class
    where TEntity : class, ISluggedRecord, new()
{
    protected abstract string SlugOf(TFile file);

    protected override Task<Func<TEntity, string?>> NamesAsync(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken) =>
        Task.FromResult<Func<TEntity, string?>>(e => USyncFileName.Of(Folder, e.Slug));

    /// <summary>The slug rule; a type with more to ask the store calls this first.</summary>
    protected override async Task<bool> CheckStoreAsync(IncomingFile file, TFile data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (slug, key) = (SlugOf(data), KeyOf(data));
        var owner = await Db.Set<TEntity>().Where(e => e.Slug == slug && e.Id != key).Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (owner is { } other)
        {
            file.Fail("slug", $"slug '{slug}' is already used by {await DescribeAsync(other, cancellationToken).ConfigureAwait(false)}.");
            return false;
        }

        return true;
    }
}
