using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// Items taken out of the site but not yet gone, as in Umbraco's recycle bin: moving an item in (a live one leaves
/// the public site), taking it out again as a draft, and deleting it for good with its versions.
/// </summary>
public sealed class RecycleBin(
    OcopDbContext db,
    EditorialContentTypes types,
    EditorialStore store,
    EditorialCommit commit,
    TimeProvider clock,
    IStringLocalizer<EditorialText> text)
{
    /// <summary>The recycle bin, newest first, within the person's scope.</summary>
    public async Task<IReadOnlyList<RecycleBinEntry>> EntriesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var scope = EditorialIdentity.Of(user).Scope;
        var entries = await db.RecycleBin.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. entries.Where(e => scope.Allows(e.ProducerId)).OrderByDescending(e => e.DeletedAt)];
    }

    /// <summary>Moves the item to the recycle bin; a live item leaves the public site.</summary>
    public Task<WorkflowResult> DeleteAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
        {
            var (who, kind, entry, refused) = await store.AuthoriseAsync(user, type, id, EditorialAction.Delete, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            await store.RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            var version = await store.AddVersionAsync(type, id, entry!.WorkingSnapshot, PublicationState.Draft, who, now, text["Workflow.Note.Deleted"], cancellationToken)
                .ConfigureAwait(false);
            db.RecycleBin.Add(new RecycleBinEntry
            {
                ItemType = type,
                ItemId = id,
                Name = EditorialStore.Shorten(entry.Item.Name, RecycleBinEntry.MaxNameLength),
                ProducerId = entry.Item.ProducerId,
                StateBefore = entry.Item.StoredState,
                DeletedById = who.Id,
                DeletedByName = who.Name,
                DeletedAt = now,
            });
            if (entry.Status.IsLive)
            {
                await store.UnpublishStagedAsync(kind, id, now, cancellationToken).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(who.Name, "moved to the recycle bin", type, id, version.Number);
            await commit.AuditAsync(user, AuditActions.Deleted, type, id, null, cancellationToken).ConfigureAwait(false);
            if (entry.Status.IsLive)
            {
                commit.Announce(kind, id);
            }

            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    /// <summary>Takes the item out of the recycle bin as a draft; it is not public until published again.</summary>
    public Task<WorkflowResult> RestoreAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
        {
            var (who, _, entry, refused) = await store.AuthoriseAsync(user, type, id, EditorialAction.Restore, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            var version = await store.AddVersionAsync(type, id, entry!.WorkingSnapshot, PublicationState.Draft, who, now, text["Workflow.Note.Restored"], cancellationToken)
                .ConfigureAwait(false);
            db.RecycleBin.RemoveRange(await db.RecycleBin.Where(e => e.ItemType == type && e.ItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(who.Name, "restored from the recycle bin", type, id, version.Number);
            await commit.AuditAsync(user, AuditActions.Restored, type, id, null, cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    /// <summary>Deletes an item in the recycle bin for good, with its versions.</summary>
    public Task<WorkflowResult> PurgeAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
        {
            var (who, kind, _, refused) = await store.AuthoriseAsync(user, type, id, EditorialAction.Purge, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            if (await kind.RemoveAsync(id, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                db.ChangeTracker.Clear();
                return WorkflowResult.Invalid([("item", problem)]);
            }

            db.ContentVersions.RemoveRange(await db.ContentVersions.Where(v => v.ItemType == type && v.ItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
            db.RecycleBin.RemoveRange(await db.RecycleBin.Where(e => e.ItemType == type && e.ItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(who.Name, "purged", type, id, null);
            await commit.AuditAsync(user, AuditActions.Purged, type, id, null, cancellationToken).ConfigureAwait(false);
            commit.Announce(kind, id);
            return WorkflowResult.Done();
        }, cancellationToken);

    /// <summary>Purges every item in the bin that can go; returns how many went.</summary>
    public async Task<(WorkflowOutcome Outcome, int Purged)> EmptyAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!EditorialIdentity.Of(user).May(EditorialAction.Purge))
        {
            return (WorkflowOutcome.Forbidden, 0);
        }

        var purged = 0;
        foreach (var entry in await EntriesAsync(user, cancellationToken).ConfigureAwait(false))
        {
            if (types.Find(entry.ItemType) is not null
                && (await PurgeAsync(user, entry.ItemType, entry.ItemId, cancellationToken).ConfigureAwait(false)).Succeeded)
            {
                purged++;
            }
        }

        return (WorkflowOutcome.Done, purged);
    }
}
