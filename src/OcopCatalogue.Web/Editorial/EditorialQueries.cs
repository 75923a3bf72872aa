using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// What the engine knows of items, read-only: an item with its status, its versions, and the review queue. Each
/// query checks the person's producers (<see cref="StaffScope"/>: an item out of scope is "not found").
/// </summary>
public sealed class EditorialQueries(OcopDbContext db, EditorialContentTypes types, EditorialStore store)
{
    /// <summary>The item with its status, or null when it does not exist or is outside the person's scope.</summary>
    public async Task<EditorialEntry?> FindAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default)
    {
        var entry = await store.LoadAsync(types.Get(type), id, cancellationToken).ConfigureAwait(false);
        return entry is not null && EditorialIdentity.Of(user).Scope.Allows(entry.Item.ProducerId) ? entry : null;
    }

    /// <summary>The item's versions, newest first; empty when the item is out of scope.</summary>
    public async Task<IReadOnlyList<ContentVersion>> HistoryAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(user, type, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return [];
        }

        return await db.ContentVersions.AsNoTracking().Where(v => v.ItemType == type && v.ItemId == id)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<ContentVersion?> VersionAsync(ContentItemType type, Guid id, int number, CancellationToken cancellationToken = default) =>
        db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ItemType == type && v.ItemId == id && v.Number == number, cancellationToken);

    /// <summary>Items whose newest version waits for review, newest request first, within the person's scope.</summary>
    public async Task<IReadOnlyList<ReviewRequest>> ReviewQueueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var scope = EditorialIdentity.Of(user).Scope;
        var waiting = await db.ContentVersions.AsNoTracking().Where(v => v.State == PublicationState.InReview)
            .OrderByDescending(v => v.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var queue = new List<ReviewRequest>();
        foreach (var version in waiting)
        {
            if (types.Find(version.ItemType) is not { } kind
                || await store.LoadAsync(kind, version.ItemId, cancellationToken).ConfigureAwait(false) is not { } entry
                || entry.Newest?.Id != version.Id || entry.Status.InRecycleBin || !scope.Allows(entry.Item.ProducerId))
            {
                continue;
            }

            queue.Add(new ReviewRequest(entry.Item, version, kind));
        }

        return queue;
    }

    /// <summary>
    /// Versions the scheduler is to publish, soonest first, within the person's scope; an item in the recycle bin is
    /// left out, as the scheduler leaves it unpublished.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledPublish>> ScheduledPublishesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var scope = EditorialIdentity.Of(user).Scope;
        var scheduled = await db.ContentVersions.AsNoTracking().Where(v => v.PublishAt != null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ScheduledPublish>();
        foreach (var version in scheduled)
        {
            if (types.Find(version.ItemType) is not { } kind
                || await store.LoadAsync(kind, version.ItemId, cancellationToken).ConfigureAwait(false) is not { } entry
                || entry.Status.InRecycleBin || !scope.Allows(entry.Item.ProducerId))
            {
                continue;
            }

            list.Add(new ScheduledPublish(entry.Item, version, kind));
        }

        // SQLite cannot order by a DateTimeOffset column; the scheduled versions are few.
        return [.. list.OrderBy(s => s.Version.PublishAt).ThenBy(s => s.Version.Id)];
    }

    /// <summary>The workflow status of many items of a type at once, for lists, from their stored states.</summary>
    public async Task<Dictionary<Guid, EditorialStatus>> StatusesAsync(ContentItemType type, IReadOnlyDictionary<Guid, PublicationState> stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var newest = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemType == type && v.Number == db.ContentVersions.Where(o => o.ItemType == type && o.ItemId == v.ItemId).Max(o => o.Number))
            .Select(v => new { v.ItemId, v.State })
            .ToDictionaryAsync(v => v.ItemId, v => v.State, cancellationToken).ConfigureAwait(false);
        var binned = (await db.RecycleBin.AsNoTracking().Where(e => e.ItemType == type).Select(e => e.ItemId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet();
        return stored.ToDictionary(
            s => s.Key,
            s => EditorialStatus.Of(s.Value, newest.TryGetValue(s.Key, out var state) ? state : null, binned.Contains(s.Key)));
    }
}
