using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// When a version goes public and when the item leaves the public site again: setting a schedule, and carrying out
/// the schedules that are due (<see cref="ScheduledPublishing"/> asks once a minute).
/// </summary>
public sealed partial class EditorialSchedules(
    OcopDbContext db,
    EditorialContentTypes types,
    EditorialStore store,
    EditorialCommit commit,
    ILogger<EditorialSchedules> logger)
{
    /// <summary>Sets (or, with nulls, clears) when a version is published and when the item is unpublished.</summary>
    public Task<WorkflowResult> ScheduleAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, int number, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt,
        CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
        {
            var (who, _, _, refused) = await store.AuthoriseAsync(user, type, id, EditorialAction.Schedule, cancellationToken).ConfigureAwait(false);
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
            commit.LogChange(who.Name, "scheduled", type, id, number);
            await commit.AuditAsync(user, AuditActions.Scheduled, type, id,
                $"{EditorialCommit.Detail(number)}; publish {publishAt?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}; unpublish {unpublishAt?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}",
                cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(number);
        }, cancellationToken);

    /// <summary>
    /// Carries out the schedules that are due at <paramref name="now"/>: publishes versions whose time has come and
    /// unpublishes items whose end has. The scheduler acts in the name of whoever set the schedule, who was allowed to
    /// publish when they set it. Returns how many schedules ran.
    /// </summary>
    public async Task<int> RunDueSchedulesAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // SQLite cannot compare DateTimeOffset values in SQL; the scheduled versions are few, so they are filtered here.
        var scheduled = await db.ContentVersions.AsNoTracking().Where(v => v.PublishAt != null || v.UnpublishAt != null)
            .OrderBy(v => v.Id).Select(v => new { v.Id, v.PublishAt, v.UnpublishAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ran = 0;
        foreach (var due in scheduled.Where(v => v.PublishAt <= now))
        {
            ran += await commit.RunAsync(() => PublishDueAsync(due.Id, now, cancellationToken), cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        foreach (var due in scheduled.Where(v => v.UnpublishAt <= now))
        {
            ran += await commit.RunAsync(() => UnpublishDueAsync(due.Id, now, cancellationToken), cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return ran;
    }

    /// <summary>
    /// The version as stored now, read inside the change's write transaction: what was due when the list was read may
    /// have been carried out since by another server whose round overlapped this one (a lease taken over after its
    /// holder hung), and must not be published or unpublished twice.
    /// </summary>
    private async Task<ContentVersion?> StillDueAsync(long id, Func<ContentVersion, DateTimeOffset?> when, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var version = await db.ContentVersions.SingleOrDefaultAsync(v => v.Id == id, cancellationToken).ConfigureAwait(false);
        return version is not null && when(version) <= now ? version : null;
    }

    private async Task<bool> PublishDueAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await StillDueAsync(id, v => v.PublishAt, now, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return false;
        }

        var name = version.ScheduledByName ?? "";
        version.PublishAt = null;
        if (types.Find(version.ItemType) is { } kind
            && await store.LoadAsync(kind, version.ItemId, cancellationToken).ConfigureAwait(false) is { Status.InRecycleBin: false })
        {
            var result = await store.PublishVersionAsync(kind, version, name, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                await commit.AuditAsync(name, AuditActions.PublishedOnSchedule, version.ItemType, version.ItemId, EditorialCommit.Detail(version.Number), cancellationToken)
                    .ConfigureAwait(false);
                return true;
            }

            LogScheduleFailed(version.ItemType, version.ItemId, version.Number);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> UnpublishDueAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await StillDueAsync(id, v => v.UnpublishAt, now, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return false;
        }

        version.UnpublishAt = null;
        if (types.Find(version.ItemType) is { } kind
            && await store.LoadAsync(kind, version.ItemId, cancellationToken).ConfigureAwait(false) is { Status.IsLive: true })
        {
            await store.UnpublishStagedAsync(kind, version.ItemId, now, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(version.ScheduledByName ?? "", "unpublished (scheduled)", version.ItemType, version.ItemId, version.Number);
            await commit.AuditAsync(version.ScheduledByName ?? "", AuditActions.UnpublishedOnSchedule, version.ItemType, version.ItemId, null, cancellationToken)
                .ConfigureAwait(false);
            commit.Announce(kind, version.ItemId);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled publication of {Type} {Id} version {Version} could not go ahead: the version no longer fits the store")]
    private partial void LogScheduleFailed(ContentItemType type, Guid id, int version);
}
