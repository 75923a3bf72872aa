using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.BackOffice.Audit;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.BackOffice.Workflow;

/// <summary>
/// The editorial workflow for every registered content type. Every save adds a version; the public tables keep
/// what is published (an item never published lives there as a hidden draft); publishing applies a version to the
/// store and raises <see cref="ContentPublished"/>. Each request checks the role (<see cref="EditorialRules"/>) and
/// the person's producers (<see cref="StaffScope"/>: an item out of scope is "not found").
/// </summary>
public sealed partial class EditorialWorkflow(
    OcopDbContext db,
    EditorialContentTypes types,
    ContentPublisher publisher,
    TimeProvider clock,
    IStringLocalizer<BackOfficeText> text,
    AuditTrail audit,
    ILogger<EditorialWorkflow> logger)
{
    public const string Origin = "back office";

    /// <summary>Items the change under way has changed on the public site; null outside a change.</summary>
    private List<ContentItemRef>? _announced;

    /// <summary>The item with its status, or null when it does not exist or is outside the person's scope.</summary>
    public async Task<EditorialEntry?> FindAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default)
    {
        var entry = await LoadAsync(types.Get(type), id, cancellationToken).ConfigureAwait(false);
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
                || await LoadAsync(kind, version.ItemId, cancellationToken).ConfigureAwait(false) is not { } entry
                || entry.Newest?.Id != version.Id || entry.Status.InRecycleBin || !scope.Allows(entry.Item.ProducerId))
            {
                continue;
            }

            queue.Add(new ReviewRequest(entry.Item, version, kind));
        }

        return queue;
    }

    /// <summary>The recycle bin, newest first, within the person's scope.</summary>
    public async Task<IReadOnlyList<RecycleBinEntry>> RecycleBinAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var scope = EditorialIdentity.Of(user).Scope;
        var entries = await db.RecycleBin.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. entries.Where(e => scope.Allows(e.ProducerId)).OrderByDescending(e => e.DeletedAt)];
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

    /// <summary>Saves a snapshot as a new version (a draft, or straight into review).</summary>
    public Task<WorkflowResult> SaveAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, string snapshot, bool sendForReview, string? note = null,
        CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(snapshot);
            var who = EditorialIdentity.Of(user);
            var kind = types.Get(type);
            if (who.Role is not { } role)
            {
                return WorkflowResult.Forbidden;
            }

            var facts = kind.Describe(snapshot);
            if (facts.Key != id)
            {
                throw new ArgumentException($"The snapshot is of item {facts.Key}, not of {id}.", nameof(snapshot));
            }

            var entry = await LoadAsync(kind, id, cancellationToken).ConfigureAwait(false);
            if (entry is not null && !who.Scope.Allows(entry.Item.ProducerId))
            {
                return WorkflowResult.NotFound;
            }

            var status = entry?.Status ?? new EditorialStatus(PublicationState.Draft, IsLive: false, InRecycleBin: false);
            if (Refuse(role, EditorialAction.SaveDraft, status) is { } refused)
            {
                return refused;
            }

            var problems = new List<(string Field, string Problem)>();
            if (!who.Scope.Allows(facts.ProducerId))
            {
                problems.Add(("producer", "Workflow.Problem.ProducerOutOfScope"));
            }

            problems.AddRange(await kind.CheckAsync(id, snapshot, cancellationToken).ConfigureAwait(false));
            if (problems.Count > 0)
            {
                return WorkflowResult.Invalid(problems);
            }

            if (entry?.Newest is { State: PublicationState.Draft or PublicationState.InReview } waiting && waiting.Snapshot == snapshot)
            {
                // Nothing new to keep: an unchanged form only moves the waiting version on, if asked to.
                return sendForReview && waiting.State == PublicationState.Draft
                    ? await SendForReviewAsync(user, type, id, cancellationToken).ConfigureAwait(false)
                    : WorkflowResult.Done(waiting.Number);
            }

            var now = clock.GetUtcNow();
            if (entry is not null)
            {
                await RecordBaselineAsync(kind, entry, who, now, cancellationToken).ConfigureAwait(false);
            }

            var version = await AddVersionAsync(type, id, snapshot, sendForReview ? PublicationState.InReview : PublicationState.Draft, who, now, note, cancellationToken)
                .ConfigureAwait(false);
            await StageDraftAsync(kind, entry, id, snapshot, now, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChange(who.Name, sendForReview ? "sent for review" : "saved a draft of", type, id, version.Number);
            await audit.RecordAsync(user, sendForReview ? AuditActions.SentForReview : AuditActions.SavedDraft, type, id, Detail(version.Number), cancellationToken)
                .ConfigureAwait(false);
            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    /// <summary>
    /// Saves a snapshot and publishes it as one change: when anything fails on the way, neither the version nor the
    /// publish is kept. A publish refused by the rules (a problem found only then) keeps the saved draft, as saving
    /// alone would. <c>Published</c> is null when the save did not succeed.
    /// </summary>
    public Task<(WorkflowResult Saved, WorkflowResult? Published)> SaveAndPublishAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, string snapshot, string? note = null, CancellationToken cancellationToken = default) =>
        CommittedAsync<(WorkflowResult, WorkflowResult?)>(async () =>
        {
            var saved = await SaveAsync(user, type, id, snapshot, sendForReview: false, note, cancellationToken).ConfigureAwait(false);
            if (!saved.Succeeded)
            {
                return (saved, null);
            }

            return (saved, await PublishAsync(user, type, id, saved.Version, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);

    public Task<WorkflowResult> SendForReviewAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        ChangeNewestAsync(user, type, id, EditorialAction.SendForReview, PublicationState.InReview, cancellationToken);

    public Task<WorkflowResult> ReturnToDraftAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        ChangeNewestAsync(user, type, id, EditorialAction.ReturnToDraft, PublicationState.Draft, cancellationToken);

    /// <summary>Publishes the newest version, or the one numbered.</summary>
    public Task<WorkflowResult> PublishAsync(ClaimsPrincipal user, ContentItemType type, Guid id, int? number = null, CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            var (who, kind, entry, refused) = await AuthoriseAsync(user, type, id, EditorialAction.Publish, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            await RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            var version = number is { } n
                ? await db.ContentVersions.SingleOrDefaultAsync(v => v.ItemType == type && v.ItemId == id && v.Number == n, cancellationToken).ConfigureAwait(false)
                : db.ContentVersions.Local.Where(v => v.ItemType == type && v.ItemId == id).MaxBy(v => v.Number)
                    ?? await db.ContentVersions.Where(v => v.ItemType == type && v.ItemId == id).OrderByDescending(v => v.Number)
                        .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                return WorkflowResult.NotFound;
            }

            var published = await PublishVersionAsync(kind, version, who.Name, cancellationToken).ConfigureAwait(false);
            if (published.Succeeded)
            {
                await audit.RecordAsync(user, AuditActions.Published, type, id, Detail(version.Number), cancellationToken).ConfigureAwait(false);
            }

            return published;
        }, cancellationToken);

    public Task<WorkflowResult> UnpublishAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            var (who, kind, entry, refused) = await AuthoriseAsync(user, type, id, EditorialAction.Unpublish, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            await RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            await UnpublishStagedAsync(kind, id, now, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChange(who.Name, "unpublished", type, id, null);
            await audit.RecordAsync(user, AuditActions.Unpublished, type, id, null, cancellationToken).ConfigureAwait(false);
            Announce(kind, id);
            return WorkflowResult.Done();
        }, cancellationToken);

    /// <summary>A new draft from an older version's snapshot; published at once when asked (editors only).</summary>
    public Task<WorkflowResult> RollbackAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, int number, bool publish, CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            var action = publish ? EditorialAction.RollbackAndPublish : EditorialAction.Rollback;
            var (who, kind, entry, refused) = await AuthoriseAsync(user, type, id, action, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var old = await VersionAsync(type, id, number, cancellationToken).ConfigureAwait(false);
            if (old is null)
            {
                return WorkflowResult.NotFound;
            }

            var problems = await kind.CheckAsync(id, old.Snapshot, cancellationToken).ConfigureAwait(false);
            if (problems.Count > 0)
            {
                return WorkflowResult.Invalid(problems);
            }

            var now = clock.GetUtcNow();
            await RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            var version = await AddVersionAsync(type, id, old.Snapshot, PublicationState.Draft, who, now, text["Workflow.Note.Rollback", number], cancellationToken)
                .ConfigureAwait(false);
            await StageDraftAsync(kind, entry, id, old.Snapshot, now, cancellationToken).ConfigureAwait(false);
            var detail = Detail(number) + " -> " + Detail(version.Number);
            if (publish)
            {
                var published = await PublishVersionAsync(kind, version, who.Name, cancellationToken).ConfigureAwait(false);
                if (published.Succeeded)
                {
                    await audit.RecordAsync(user, AuditActions.RolledBackAndPublished, type, id, detail, cancellationToken).ConfigureAwait(false);
                }

                return published;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChange(who.Name, "rolled back (to an older version's content)", type, id, version.Number);
            await audit.RecordAsync(user, AuditActions.RolledBack, type, id, detail, cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    /// <summary>Sets (or, with nulls, clears) when a version is published and when the item is unpublished.</summary>
    public Task<WorkflowResult> ScheduleAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, int number, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt,
        CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            var (who, _, _, refused) = await AuthoriseAsync(user, type, id, EditorialAction.Schedule, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var version = await db.ContentVersions.SingleOrDefaultAsync(v => v.ItemType == type && v.ItemId == id && v.Number == number, cancellationToken)
                .ConfigureAwait(false);
            if (version is null)
            {
                return WorkflowResult.NotFound;
            }

            if (publishAt is { } p && unpublishAt is { } u && u <= p)
            {
                return WorkflowResult.Invalid([("unpublishAt", "Workflow.Problem.UnpublishBeforePublish")]);
            }

            version.PublishAt = publishAt;
            version.UnpublishAt = unpublishAt;
            version.ScheduledByName = publishAt is null && unpublishAt is null ? null : who.Name;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChange(who.Name, "scheduled", type, id, number);
            await audit.RecordAsync(user, AuditActions.Scheduled, type, id,
                $"{Detail(number)}; publish {publishAt?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}; unpublish {unpublishAt?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}",
                cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(number);
        }, cancellationToken);

    /// <summary>Moves the item to the recycle bin; a live item leaves the public site.</summary>
    public Task<WorkflowResult> DeleteAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            var (who, kind, entry, refused) = await AuthoriseAsync(user, type, id, EditorialAction.Delete, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            await RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            var version = await AddVersionAsync(type, id, entry!.WorkingSnapshot, PublicationState.Draft, who, now, text["Workflow.Note.Deleted"], cancellationToken)
                .ConfigureAwait(false);
            db.RecycleBin.Add(new RecycleBinEntry
            {
                ItemType = type,
                ItemId = id,
                Name = Shorten(entry.Item.Name, 200),
                ProducerId = entry.Item.ProducerId,
                StateBefore = entry.Item.StoredState,
                DeletedById = who.Id,
                DeletedByName = who.Name,
                DeletedAt = now,
            });
            if (entry.Status.IsLive)
            {
                await UnpublishStagedAsync(kind, id, now, cancellationToken).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChange(who.Name, "moved to the recycle bin", type, id, version.Number);
            await audit.RecordAsync(user, AuditActions.Deleted, type, id, null, cancellationToken).ConfigureAwait(false);
            if (entry.Status.IsLive)
            {
                Announce(kind, id);
            }

            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    /// <summary>Takes the item out of the recycle bin as a draft; it is not public until published again.</summary>
    public Task<WorkflowResult> RestoreAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            var (who, _, entry, refused) = await AuthoriseAsync(user, type, id, EditorialAction.Restore, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            var version = await AddVersionAsync(type, id, entry!.WorkingSnapshot, PublicationState.Draft, who, now, text["Workflow.Note.Restored"], cancellationToken)
                .ConfigureAwait(false);
            db.RecycleBin.RemoveRange(await db.RecycleBin.Where(e => e.ItemType == type && e.ItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChange(who.Name, "restored from the recycle bin", type, id, version.Number);
            await audit.RecordAsync(user, AuditActions.Restored, type, id, null, cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    /// <summary>Deletes an item in the recycle bin for good, with its versions.</summary>
    public Task<WorkflowResult> PurgeAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        CommittedAsync(async () =>
        {
            var (who, kind, _, refused) = await AuthoriseAsync(user, type, id, EditorialAction.Purge, cancellationToken).ConfigureAwait(false);
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
            LogChange(who.Name, "purged", type, id, null);
            await audit.RecordAsync(user, AuditActions.Purged, type, id, null, cancellationToken).ConfigureAwait(false);
            Announce(kind, id);
            return WorkflowResult.Done();
        }, cancellationToken);

    /// <summary>Purges every item in the bin that can go; returns how many went.</summary>
    public async Task<(WorkflowOutcome Outcome, int Purged)> EmptyRecycleBinAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!EditorialIdentity.Of(user).May(EditorialAction.Purge))
        {
            return (WorkflowOutcome.Forbidden, 0);
        }

        var purged = 0;
        foreach (var entry in await RecycleBinAsync(user, cancellationToken).ConfigureAwait(false))
        {
            if (types.Find(entry.ItemType) is not null
                && (await PurgeAsync(user, entry.ItemType, entry.ItemId, cancellationToken).ConfigureAwait(false)).Succeeded)
            {
                purged++;
            }
        }

        return (WorkflowOutcome.Done, purged);
    }

    /// <summary>
    /// Carries out the schedules that are due at <paramref name="now"/>: publishes versions whose time has come and
    /// unpublishes items whose end has. The scheduler acts in the name of whoever set the schedule, who was allowed to
    /// publish when they set it. Returns how many schedules ran.
    /// </summary>
    public async Task<int> RunDueSchedulesAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // SQLite cannot compare DateTimeOffset values in SQL; the scheduled versions are few, so they are filtered here.
        var scheduled = await db.ContentVersions.Where(v => v.PublishAt != null || v.UnpublishAt != null)
            .OrderBy(v => v.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ran = 0;
        foreach (var version in scheduled.Where(v => v.PublishAt <= now))
        {
            await CommittedAsync(async () =>
            {
                var name = version.ScheduledByName ?? "";
                version.PublishAt = null;
                if (types.Find(version.ItemType) is { } kind
                    && await LoadAsync(kind, version.ItemId, cancellationToken).ConfigureAwait(false) is { Status.InRecycleBin: false })
                {
                    var result = await PublishVersionAsync(kind, version, name, cancellationToken).ConfigureAwait(false);
                    if (result.Succeeded)
                    {
                        await audit.RecordAsync((string?)null, name, AuditActions.PublishedOnSchedule, version.ItemType, version.ItemId, Detail(version.Number), cancellationToken)
                            .ConfigureAwait(false);
                        return result;
                    }

                    LogScheduleFailed(version.ItemType, version.ItemId, version.Number);
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return WorkflowResult.Done();
            }, cancellationToken).ConfigureAwait(false);
            ran++;
        }

        foreach (var version in scheduled.Where(v => v.UnpublishAt <= now))
        {
            await CommittedAsync(async () =>
            {
                version.UnpublishAt = null;
                if (types.Find(version.ItemType) is { } kind
                    && await LoadAsync(kind, version.ItemId, cancellationToken).ConfigureAwait(false) is { Status.IsLive: true })
                {
                    await UnpublishStagedAsync(kind, version.ItemId, now, cancellationToken).ConfigureAwait(false);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    LogChange(version.ScheduledByName ?? "", "unpublished (scheduled)", version.ItemType, version.ItemId, version.Number);
                    await audit.RecordAsync((string?)null, version.ScheduledByName ?? "", AuditActions.UnpublishedOnSchedule, version.ItemType, version.ItemId, null, cancellationToken)
                        .ConfigureAwait(false);
                    Announce(kind, version.ItemId);
                }
                else
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                return WorkflowResult.Done();
            }, cancellationToken).ConfigureAwait(false);
            ran++;
        }

        return ran;
    }

    private Task<WorkflowResult> ChangeNewestAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, EditorialAction action, PublicationState to, CancellationToken cancellationToken) =>
        CommittedAsync(async () =>
        {
            var (who, kind, entry, refused) = await AuthoriseAsync(user, type, id, action, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            ContentVersion newest;
            if (entry!.Newest is { State: PublicationState.Draft or PublicationState.InReview } waiting)
            {
                newest = await db.ContentVersions.SingleAsync(v => v.Id == waiting.Id, cancellationToken).ConfigureAwait(false);
                newest.State = to;
            }
            else
            {
                // An unpublished item sent back for review: the request is a version of its own, so the queue can show it.
                await RecordBaselineAsync(kind, entry, who, now, cancellationToken).ConfigureAwait(false);
                newest = await AddVersionAsync(type, id, entry.WorkingSnapshot, to, who, now, null, cancellationToken).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogChange(who.Name, action == EditorialAction.SendForReview ? "sent for review" : "returned to draft", type, id, newest.Number);
            await audit.RecordAsync(user, action == EditorialAction.SendForReview ? AuditActions.SentForReview : AuditActions.ReturnedToDraft,
                type, id, Detail(newest.Number), cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(newest.Number);
        }, cancellationToken);

    private async Task<WorkflowResult> PublishVersionAsync(IEditorialContent kind, ContentVersion version, string by, CancellationToken cancellationToken)
    {
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
        LogChange(by, "published", kind.Type, version.ItemId, version.Number);
        Announce(kind, version.ItemId);
        return WorkflowResult.Done(version.Number);
    }

    private async Task UnpublishStagedAsync(IEditorialContent kind, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await kind.SetStateAsync(id, PublicationState.Unpublished, now, cancellationToken).ConfigureAwait(false);
        var type = kind.Type;
        foreach (var scheduled in await db.ContentVersions.Where(v => v.ItemType == type && v.ItemId == id && v.UnpublishAt != null)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            scheduled.UnpublishAt = null;
        }
    }

    /// <summary>
    /// A draft goes into the public tables only while the item is not public: a new item is added as a hidden draft
    /// (so lists, slugs and keys work for it), an unpublished one follows its drafts; a live item keeps its published
    /// content until a version is published.
    /// </summary>
    private static async Task StageDraftAsync(IEditorialContent kind, EditorialEntry? entry, Guid id, string snapshot, DateTimeOffset now, CancellationToken ct)
    {
        if (entry is null)
        {
            await kind.ApplyAsync(id, snapshot, PublicationState.Draft, now, ct).ConfigureAwait(false);
        }
        else if (!entry.Status.IsLive)
        {
            var hidden = entry.Item.StoredState == PublicationState.Published ? PublicationState.Unpublished : entry.Item.StoredState;
            await kind.ApplyAsync(id, snapshot, hidden, now, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Content that came from uSync has no version yet: its stored form becomes version 1 before anything changes, so
    /// the history can show and roll back to what was there.
    /// </summary>
    private async Task RecordBaselineAsync(IEditorialContent kind, EditorialEntry entry, EditorialIdentity who, DateTimeOffset now, CancellationToken ct)
    {
        if (entry.Newest is not null || db.ContentVersions.Local.Any(v => v.ItemType == kind.Type && v.ItemId == entry.Item.Id))
        {
            return;
        }

        var state = entry.Item.StoredState == PublicationState.Unpublished ? PublicationState.Published : entry.Item.StoredState;
        var baseline = await AddVersionAsync(kind.Type, entry.Item.Id, entry.WorkingSnapshot, state, who, now, text["Workflow.Note.Baseline"], ct)
            .ConfigureAwait(false);
        if (state == PublicationState.Published)
        {
            baseline.PublishedAt = now;
        }
    }

    private async Task<ContentVersion> AddVersionAsync(
        ContentItemType type, Guid id, string snapshot, PublicationState state, EditorialIdentity who, DateTimeOffset now, string? note, CancellationToken ct)
    {
        var stored = await db.ContentVersions.Where(v => v.ItemType == type && v.ItemId == id).MaxAsync(v => (int?)v.Number, ct).ConfigureAwait(false) ?? 0;
        var staged = db.ContentVersions.Local.Where(v => v.ItemType == type && v.ItemId == id).Select(v => v.Number).DefaultIfEmpty(0).Max();
        var version = new ContentVersion
        {
            ItemType = type,
            ItemId = id,
            Number = Math.Max(stored, staged) + 1,
            State = state,
            Snapshot = snapshot,
            SavedById = Shorten(who.Id, 100),
            SavedByName = Shorten(who.Name, 200),
            SavedAt = now,
            Note = note is null ? null : Shorten(note, 500),
        };
        db.ContentVersions.Add(version);
        return version;
    }

    private async Task<(EditorialIdentity Who, IEditorialContent Kind, EditorialEntry? Entry, WorkflowResult? Refused)> AuthoriseAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, EditorialAction action, CancellationToken ct)
    {
        var who = EditorialIdentity.Of(user);
        var kind = types.Get(type);
        if (who.Role is not { } role)
        {
            return (who, kind, null, WorkflowResult.Forbidden);
        }

        var entry = await LoadAsync(kind, id, ct).ConfigureAwait(false);
        if (entry is null || !who.Scope.Allows(entry.Item.ProducerId))
        {
            return (who, kind, null, WorkflowResult.NotFound);
        }

        return (who, kind, entry, Refuse(role, action, entry.Status));
    }

    private static WorkflowResult? Refuse(EditorialRole role, EditorialAction action, EditorialStatus status) =>
        EditorialRules.Check(role, action, status) switch
        {
            EditorialVerdict.Allowed => null,
            EditorialVerdict.RoleForbids => WorkflowResult.Forbidden,
            _ => WorkflowResult.NotNow,
        };

    private async Task<EditorialEntry?> LoadAsync(IEditorialContent kind, Guid id, CancellationToken ct)
    {
        var item = await kind.FindAsync(id, ct).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var type = kind.Type;
        var newest = await db.ContentVersions.AsNoTracking().Where(v => v.ItemType == type && v.ItemId == id)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var binned = await db.RecycleBin.AnyAsync(e => e.ItemType == type && e.ItemId == id, ct).ConfigureAwait(false);
        var snapshot = newest?.Snapshot ?? await kind.SnapshotAsync(id, ct).ConfigureAwait(false) ?? "";
        return new EditorialEntry(item, EditorialStatus.Of(item.StoredState, newest?.State, binned), newest, snapshot);
    }

    /// <summary>
    /// Runs one change of the workflow in one transaction, its versions, content and audit entry together, so a
    /// failure anywhere (a full disk) leaves nothing of it; <see cref="ContentPublished"/> goes out after the commit,
    /// so the catalogue, search index and page cache read what was committed. A change inside another (save, then
    /// publish) joins the outer one.
    /// </summary>
    private async Task<T> CommittedAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        if (_announced is not null)
        {
            return await change().ConfigureAwait(false);
        }

        _announced = [];
        List<ContentItemRef> announced;
        T result;
        try
        {
            // Immediate (Microsoft.Data.Sqlite's default): the change reads, then writes, and must not lose the
            // write lock to the scan writer in between.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                result = await change().ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            announced = _announced;
        }
        finally
        {
            _announced = null;
        }

        if (announced.Count > 0)
        {
            await publisher.PublishAsync(new ContentPublished([.. announced.Distinct()], Origin), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>The public site must follow the item (and what shows it): said once the change is committed.</summary>
    private void Announce(IEditorialContent kind, Guid id) =>
        (_announced ?? throw new InvalidOperationException("Changes are announced from inside CommittedAsync only.")).AddRange(kind.Affected(id));

    private static string Detail(int version) => "v" + version.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..max];

    [LoggerMessage(Level = LogLevel.Information, Message = "{Who} {Change} {Type} {Id} (version {Version})")]
    private partial void LogChange(string who, string change, ContentItemType type, Guid id, int? version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled publication of {Type} {Id} version {Version} could not go ahead: the version no longer fits the store")]
    private partial void LogScheduleFailed(ContentItemType type, Guid id, int version);
}
