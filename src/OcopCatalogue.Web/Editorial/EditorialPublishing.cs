using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// Putting versions on the public site and taking items off it. Publishing applies a version to the store and
/// raises <see cref="ContentPublished"/> once committed; each request checks the role (<see cref="EditorialRules"/>)
/// and the person's producers.
/// </summary>
public sealed class EditorialPublishing(
    OcopDbContext db,
    EditorialStore store,
    EditorialDrafts drafts,
    EditorialCommit commit,
    TimeProvider clock)
{
    /// <summary>Publishes the newest version, or the one numbered.</summary>
    public Task<WorkflowResult> PublishAsync(ClaimsPrincipal user, ContentItemType type, Guid id, int? number = null, CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
        {
            var (who, kind, entry, refused) = await store.AuthoriseAsync(user, type, id, EditorialAction.Publish, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            await store.RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            var version = number is { } n
                ? await db.ContentVersions.SingleOrDefaultAsync(v => v.ItemType == type && v.ItemId == id && v.Number == n, cancellationToken).ConfigureAwait(false)
                : db.ContentVersions.Local.Where(v => v.ItemType == type && v.ItemId == id).MaxBy(v => v.Number)
                    ?? await db.ContentVersions.Where(v => v.ItemType == type && v.ItemId == id).OrderByDescending(v => v.Number)
                        .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                return WorkflowResult.NotFound;
            }

            var published = await store.PublishVersionAsync(kind, version, who.Name, cancellationToken).ConfigureAwait(false);
            if (published.Succeeded)
            {
                await commit.AuditAsync(user, AuditActions.Published, type, id, EditorialCommit.Detail(version.Number), cancellationToken).ConfigureAwait(false);
            }

            return published;
        }, cancellationToken);

    /// <summary>
    /// Saves a snapshot and publishes it as one change: when anything fails on the way, neither the version nor the
    /// publish is kept. A publish refused by the rules (a problem found only then) keeps the saved draft, as saving
    /// alone would. <c>Published</c> is null when the save did not succeed.
    /// </summary>
    public Task<(WorkflowResult Saved, WorkflowResult? Published)> SaveAndPublishAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, string snapshot, string? note = null, CancellationToken cancellationToken = default) =>
        commit.RunAsync<(WorkflowResult, WorkflowResult?)>(async () =>
        {
            var saved = await drafts.SaveAsync(user, type, id, snapshot, sendForReview: false, note, cancellationToken).ConfigureAwait(false);
            if (!saved.Succeeded)
            {
                return (saved, null);
            }

            return (saved, await PublishAsync(user, type, id, saved.Version, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);

    public Task<WorkflowResult> UnpublishAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
        {
            var (who, kind, entry, refused) = await store.AuthoriseAsync(user, type, id, EditorialAction.Unpublish, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var now = clock.GetUtcNow();
            await store.RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            await store.UnpublishStagedAsync(kind, id, now, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(who.Name, "unpublished", type, id, null);
            await commit.AuditAsync(user, AuditActions.Unpublished, type, id, null, cancellationToken).ConfigureAwait(false);
            commit.Announce(kind, id);
            return WorkflowResult.Done();
        }, cancellationToken);
}
