using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// The workflow side of a content type whose snapshots are its uSync file <typeparamref name="TFile"/>: snapshots are
/// written and read with <see cref="USyncJson"/>, exactly as uSync/ holds them, so a version is a file one could
/// commit, and publishing a version is importing that file into the store with the type's sync handler (its mapping
/// both ways and its file checks). A type adds its back-office segment, its public page, what the workflow needs to
/// know of an item (<see cref="FindAsync"/>, <see cref="Facts"/>), a new item's file, and its own checks and removal
/// rules.
/// </summary>
public abstract class EditorialContent<TFile, TEntity>(OcopDbContext db, SyncHandler<TFile, TEntity> sync, string segment)
    : IEditableContent<TFile>
    where TFile : class
    where TEntity : class, IEditorialRecord, new()
{
    protected OcopDbContext Db { get; } = db;

    /// <summary>The type's uSync handler, whose mapping and file checks the workflow and the edit page share.</summary>
    public SyncHandler<TFile, TEntity> Sync => sync;

    public ContentItemType Type => sync.Type;

    public string Segment => segment;

    public string EditPath(Guid id) => $"/backoffice/{Segment}/{id}";

    public abstract string? PublicPath(string slug);

    public abstract string? PublicPageName { get; }

    public abstract Task<EditorialItem?> FindAsync(Guid id, CancellationToken cancellationToken);

    public async Task<string?> SnapshotAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, tracked: false, cancellationToken).ConfigureAwait(false) is { } entity ? Write(sync.ToFile(entity)) : null;

    public SnapshotFacts Describe(string snapshot) => Facts(Read(snapshot));

    public Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, string snapshot, CancellationToken cancellationToken) =>
        CheckAsync(id, Read(snapshot), cancellationToken);

    public async Task ApplyAsync(Guid id, string snapshot, PublicationState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var file = Read(snapshot);
        if (Facts(file).Key != id)
        {
            throw new InvalidOperationException($"The snapshot is of item {Facts(file).Key}, not of {id}.");
        }

        var entity = await LoadAsync(id, tracked: true, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            // Values go in before EF tracks a new entity: replacing an owned part (an address) of a tracked one can lose it.
            entity = new TEntity();
            await sync.ApplyAsync(file, entity, cancellationToken).ConfigureAwait(false);
            Db.Add(entity);
        }
        else
        {
            await sync.ApplyAsync(file, entity, cancellationToken).ConfigureAwait(false);
        }

        SetState(entity, state, now);
    }

    public async Task SetStateAsync(Guid id, PublicationState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entity = await LoadAsync(id, tracked: true, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No {Type} {id} to change.");
        SetState(entity, state, now);
    }

    /// <summary>Removes the stored entity; a type whose items others depend on checks those first.</summary>
    public virtual async Task<string?> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.Set<TEntity>().FindAsync([id], cancellationToken).ConfigureAwait(false) is { } entity)
        {
            Db.Remove(entity);
        }

        return null;
    }

    public virtual IReadOnlyList<ContentItemRef> Affected(Guid id) => [new ContentItemRef(Type, id)];

    /// <summary>The snapshot of a file, in the canonical bytes of uSync/ read as text.</summary>
    public string Write(TFile file) => Encoding.UTF8.GetString(USyncJson.Serialize(file));

    public TFile Read(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return USyncJson.Deserialize<TFile>(Encoding.UTF8.GetBytes(snapshot));
    }

    public abstract TFile NewFile(Guid key);

    public IEnumerable<(string Property, string Message)> Check(TFile file) => sync.Check(file);

    /// <summary>Nothing by default: most types' facts are the file's own fields.</summary>
    public virtual Task ReadAheadAsync(TFile file, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The entity with whatever the sync handler's <c>ToFile</c> reads: a type that reads more than the entity's own
    /// columns (a product's sales points) loads them too.</summary>
    protected virtual Task<TEntity?> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.Set<TEntity>().Where(e => e.Id == id);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    protected abstract SnapshotFacts Facts(TFile file);

    /// <summary>Field names are the file's property names (camelCase), as the form and the comparison use them;
    /// problems are keys of the back office's resources.</summary>
    protected abstract Task<IReadOnlyList<(string Field, string Problem)>> CheckAsync(Guid id, TFile file, CancellationToken cancellationToken);

    private static void SetState(TEntity entity, PublicationState state, DateTimeOffset now)
    {
        entity.State = state;
        entity.UpdatedAt = now;
    }
}
