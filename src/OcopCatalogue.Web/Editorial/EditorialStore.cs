using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// The steps the engine's services build their changes from: loading an item with its status, checking who asks,
/// adding versions, and staging a version onto the public tables. Nothing here commits; the services run these
/// steps inside <see cref="EditorialCommit.RunAsync{T}"/>.
/// </summary>
public sealed class EditorialStore(
    OcopDbContext db,
    EditorialContentTypes types,
    EditorialCommit commit,
    TimeProvider clock,
    IStringLocalizer<EditorialText> text)
{
    /// <summary>The stored item with its status and newest version; null when there is no such item.</summary>
    public async Task<EditorialEntry?> LoadAsync(IEditorialContent kind, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var item = await kind.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var type = kind.Type;
        var newest = await db.ContentVersions.AsNoTracking().Where(v => v.ItemType == type && v.ItemId == id)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var binned = await db.RecycleBin.AnyAsync(e => e.ItemType == type && e.ItemId == id, cancellationToken).ConfigureAwait(false);
        var snapshot = newest?.Snapshot ?? await kind.SnapshotAsync(id, cancellationToken).ConfigureAwait(false) ?? "";
        return new EditorialEntry(item, EditorialStatus.Of(item.StoredState, newest?.State, binned), newest, snapshot);
    }

    /// <summary>
    /// Who asks, the item and whether the rules let them act on it now: not found for a missing item or one out of
    /// the person's scope, forbidden for a role that never may, not now for a state that does not allow it.
    /// </summary>
    public async Task<(EditorialIdentity Who, IEditorialContent Kind, EditorialEntry? Entry, WorkflowResult? Refused)> AuthoriseAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, EditorialAction action, CancellationToken cancellationToken)
    {
        var who = EditorialIdentity.Of(user);
        var kind = types.Get(type);
        if (who.Role is not { } role)
        {
            return (who, kind, null, WorkflowResult.Forbidden);
        }

        var entry = await LoadAsync(kind, id, cancellationToken).ConfigureAwait(false);
        if (entry is null || !who.Scope.Allows(entry.Item.ProducerId))
        {
            return (who, kind, null, WorkflowResult.NotFound);
        }

        return (who, kind, entry, Refuse(role, action, entry.Status));
    }

    public static WorkflowResult? Refuse(EditorialRole role, EditorialAction action, EditorialStatus status) =>
        EditorialRules.Check(role, action, status) switch
        {
            EditorialVerdict.Allowed => null,
            EditorialVerdict.RoleForbids => WorkflowResult.Forbidden,
            _ => WorkflowResult.NotNow,
        };

    /// <summary>Stages the next version of the item; the caller saves.</summary>
    public async Task<ContentVersion> AddVersionAsync(
        ContentItemType type, Guid id, string snapshot, PublicationState state, EditorialIdentity who, DateTimeOffset now, string? note,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var stored = await db.ContentVersions.Where(v => v.ItemType == type && v.ItemId == id).MaxAsync(v => (int?)v.Number, cancellationToken)
            .ConfigureAwait(false) ?? 0;
        var staged = db.ContentVersions.Local.Where(v => v.ItemType == type && v.ItemId == id).Select(v => v.Number).DefaultIfEmpty(0).Max();
        var version = new ContentVersion
        {
            ItemType = type,
            ItemId = id,
            Number = Math.Max(stored, staged) + 1,
            State = state,
            Snapshot = snapshot,
            SavedById = Shorten(who.Id, EditorialIdentity.MaxIdLength),
            SavedByName = Shorten(who.Name, EditorialIdentity.MaxNameLength),
            SavedAt = now,
            Note = note is null ? null : Shorten(note, ContentVersion.MaxNoteLength),
        };
        db.ContentVersions.Add(version);
        return version;
    }

    /// <summary>
    /// Content that came from uSync has no version yet: its stored form becomes version 1 before anything changes, so
    /// the history can show and roll back to what was there.
    /// </summary>
    public async Task RecordBaselineAsync(IEditorialContent kind, EditorialEntry entry, EditorialIdentity who, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Newest is not null || db.ContentVersions.Local.Any(v => v.ItemType == kind.Type && v.ItemId == entry.Item.Id))
        {
            return;
        }

        var state = entry.Item.StoredState == PublicationState.Unpublished ? PublicationState.Published : entry.Item.StoredState;
        var baseline = await AddVersionAsync(kind.Type, entry.Item.Id, entry.WorkingSnapshot, state, who, now, text["Workflow.Note.Baseline"], cancellationToken)
            .ConfigureAwait(false);
        if (state == PublicationState.Published)
        {
            baseline.PublishedAt = now;
        }
    }

    /// <summary>
    /// A draft goes into the public tables only while the item is not public: a new item is added as a hidden draft
    /// (so lists, slugs and keys work for it), an unpublished one follows its drafts; a live item keeps its published
    /// content until a version is published.
    /// </summary>
    public static async Task StageDraftAsync(IEditorialContent kind, EditorialEntry? entry, Guid id, string snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (entry is null)
        {
            await kind.ApplyAsync(id, snapshot, PublicationState.Draft, now, cancellationToken).ConfigureAwait(false);
        }
        else if (!entry.Status.IsLive)
        {
            var hidden = entry.Item.StoredState == PublicationState.Published ? PublicationState.Unpublished : entry.Item.StoredState;
            await kind.ApplyAsync(id, snapshot, hidden, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Applies a version to the public tables and announces the item; invalid when it no longer fits the store.</summary>
    public async Task<WorkflowResult> PublishVersionAsync(IEditorialContent kind, ContentVersion version, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(version);
        var problems = await kind.CheckAsync(version.ItemId, version.Snapshot, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return WorkflowResult.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        await kind.ApplyAsync(version.ItemId, version.Snapshot, PublicationState.Published, now, cancellationToken).ConfigureAwait(false);
        version.State = PublicationState.Published;
        version.PublishedAt = now;
        version.PublishAt = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        commit.LogChange(by, "published", kind.Type, version.ItemId, version.Number);
        commit.Announce(kind, version.ItemId);
        return WorkflowResult.Done(version.Number);
    }

    /// <summary>Stages the item's leaving the public site, with any scheduled unpublishing it no longer needs; the caller saves.</summary>
    public async Task UnpublishStagedAsync(IEditorialContent kind, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        await kind.SetStateAsync(id, PublicationState.Unpublished, now, cancellationToken).ConfigureAwait(false);
        var type = kind.Type;
        foreach (var scheduled in await db.ContentVersions.Where(v => v.ItemType == type && v.ItemId == id && v.UnpublishAt != null)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            scheduled.UnpublishAt = null;
        }
    }

    public static string Shorten(string value, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= max ? value : value[..max];
    }
}
