using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.Fields;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// What every type's uSync handling shares; a type adds its file shape <typeparamref name="TFile"/>, its mapping to
/// and from <typeparamref name="TEntity"/>, its checks and its file name. The import reads the file with
/// line-numbered problems, runs the type's checks, refuses a key another file on disk holds, then asks the store
/// (<see cref="CheckStoreAsync"/>); a file equal to the stored item's file changes nothing. The back office's
/// workflow uses the same mapping, so a version, a file and a stored item are one shape.
/// </summary>
public abstract class SyncHandler<TFile, TEntity>(OcopDbContext db, TimeProvider clock) : ISyncHandler
    where TFile : class
    where TEntity : class, new()
{
    protected OcopDbContext Db { get; } = db;

    public abstract ContentItemType Type { get; }

    public abstract string Folder { get; }

    public abstract int ImportOrder { get; }

    /// <summary>The canonical file of a stored item, as the export writes it.</summary>
    public abstract TFile ToFile(TEntity entity);

    /// <summary>Copies the file's own fields onto the entity; <see cref="ApplyAsync"/> adds relations to other items.</summary>
    public abstract void Apply(TFile file, TEntity entity);

    /// <summary>What a file must satisfy on its own, before the store is asked anything; each finding names the
    /// property (dotted path) so the import can point at its line and the back office at its field.</summary>
    public abstract IEnumerable<(string Property, string Message)> Check(TFile file);

    /// <summary>A parsed file in the form <see cref="ToFile"/> gives, so "does this change anything?" compares bytes.</summary>
    public virtual TFile Canonical(TFile file) => file;

    public virtual Task ApplyAsync(TFile file, TEntity entity, CancellationToken cancellationToken)
    {
        Apply(file, entity);
        return Task.CompletedTask;
    }

    public async Task<SyncOutcome?> ImportAsync(IncomingFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Read<TFile>() is not { } read || !file.Check(Check(read))
            || !await KeyIsFreeAsync(file, KeyOf(read), cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var data = Canonical(read);
        if (!await CheckStoreAsync(file, data, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var key = KeyOf(data);
        var entity = await ByKey(Query, key).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var added = entity is null;
        if (entity is not null && Same(ToFile(entity), data))
        {
            return SyncOutcome.Unchanged(key);
        }

        if (entity is null)
        {
            // Values go in before EF tracks a new entity: replacing an owned part (the address) of a tracked one can lose it.
            entity = new TEntity();
            await ApplyAsync(data, entity, cancellationToken).ConfigureAwait(false);
            Db.Add(entity);
        }
        else
        {
            await ApplyAsync(data, entity, cancellationToken).ConfigureAwait(false);
        }

        return new SyncOutcome(key, added, await ChangedAsync(data, entity, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<ExportedFile>> FilesAsync(CancellationToken cancellationToken) =>
        await ExportAsync(await Query.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<ExportedFile?> FileOfAsync(Guid key, CancellationToken cancellationToken) =>
        await ByKey(Query.AsNoTracking(), key).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) is { } entity
            ? (await ExportAsync([entity], cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            : null;

    protected abstract Guid KeyOf(TFile file);

    /// <summary>The findings of the type's rules (in Core, shared with its edit form) as the import reports them:
    /// each at the file's property (<see cref="PropertyOf"/>) with an English message (<see cref="Describe"/>).</summary>
    protected IEnumerable<(string Property, string Message)> Findings(IEnumerable<FieldProblem> problems) =>
        problems.Select(p =>
        {
            var property = PropertyOf(p.Field);
            return (property, Describe(p, property));
        });

    /// <summary>The file's property a finding points at: by default the list a row's field is in ("onlineShops").</summary>
    protected virtual string PropertyOf(string field) => USyncChecks.ListOf(field);

    /// <summary>A finding in English; a type words its own findings and leaves the shared ones to this.</summary>
    protected virtual string Describe(FieldProblem problem, string propertyPath) => USyncChecks.Describe(problem, propertyPath);

    /// <summary>The stored items with whatever <see cref="ToFile"/> reads (a product's sales points).</summary>
    protected virtual IQueryable<TEntity> Query => Db.Set<TEntity>();

    /// <summary>How the items' files are named (<see cref="USyncFileName"/>); a name may need other items (a
    /// certificate's product), so they are looked up once for all. Null for an item that cannot be named.</summary>
    protected abstract Task<Func<TEntity, string?>> NamesAsync(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken);

    /// <summary>What only the store can tell (a slug, a code or a sequence taken, a referenced item missing);
    /// problems go to <paramref name="file"/>.</summary>
    protected virtual Task<bool> CheckStoreAsync(IncomingFile file, TFile data, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Marks the applied item changed and names what readers see changed: by default the item itself.</summary>
    protected virtual Task<IReadOnlyList<ContentItemRef>> ChangedAsync(TFile data, TEntity entity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (entity is IEditorialRecord record)
        {
            record.UpdatedAt = now;
        }

        return Task.FromResult<IReadOnlyList<ContentItemRef>>([new ContentItemRef(Type, KeyOf(data))]);
    }

    /// <summary>The path of the file that holds <paramref name="itemId"/>, for messages; "item {key}" when none does.</summary>
    protected async Task<string> DescribeAsync(Guid itemId, CancellationToken cancellationToken) =>
        await Db.ImportedFiles.Where(f => f.ItemId == itemId).Select(f => f.Path).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
        ?? $"item {itemId}";

    /// <summary>
    /// A key belongs to one file. When another file that still exists claims it, this one is a duplicate; when that
    /// file is gone, the item was renamed or moved and now lives here.
    /// </summary>
    private async Task<bool> KeyIsFreeAsync(IncomingFile file, Guid key, CancellationToken cancellationToken)
    {
        var claims = await Db.ImportedFiles.Where(f => f.ItemId == key && f.Path != file.Path).ToListAsync(cancellationToken).ConfigureAwait(false);
        var clash = claims.FirstOrDefault(c => file.OnDisk.Contains(c.Path));
        if (clash is not null)
        {
            file.Fail("key", $"key {key} is already used by {clash.Path}; every item needs a key of its own.");
            return false;
        }

        Db.ImportedFiles.RemoveRange(claims);
        return true;
    }

    private async Task<List<ExportedFile>> ExportAsync(List<TEntity> entities, CancellationToken cancellationToken)
    {
        var nameOf = await NamesAsync(entities, cancellationToken).ConfigureAwait(false);
        var files = new List<ExportedFile>(entities.Count);
        foreach (var entity in entities)
        {
            if (nameOf(entity) is { } path)
            {
                var file = ToFile(entity);
                files.Add(new ExportedFile(KeyOf(file), path, USyncJson.Serialize(file)));
            }
        }

        return files;
    }

    // Every entity's key is its "Id"; not every entity shares an interface that says so (a certificate).
    private static IQueryable<TEntity> ByKey(IQueryable<TEntity> query, Guid key) => query.Where(e => EF.Property<Guid>(e, "Id") == key);

    private static bool Same(TFile stored, TFile incoming) =>
        USyncJson.Serialize(stored).AsSpan().SequenceEqual(USyncJson.Serialize(incoming));
}
