using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// Versions that are not (yet) published: saving a snapshot as a draft or straight into review, moving the newest
/// version between draft and review, and rolling back to an older version's content. Every save adds a version; an
/// item never published lives in the public tables as a hidden draft.
/// </summary>
public sealed class EditorialDrafts(
    OcopDbContext db,
    EditorialContentTypes types,
    EditorialStore store,
    EditorialQueries queries,
    EditorialCommit commit,
    TimeProvider clock,
    IStringLocalizer<EditorialText> text)
{
    /// <summary>The field a snapshot's problem of ownership is named by: it belongs to a producer out of the person's scope.</summary>
    public const string ProducerField = "producer";

    /// <summary>Saves a snapshot as a new version (a draft, or straight into review).</summary>
    public Task<WorkflowResult> SaveAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, string snapshot, bool sendForReview, string? note = null,
        CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
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

            var entry = await store.LoadAsync(kind, id, cancellationToken).ConfigureAwait(false);
            if (entry is not null && !who.Scope.Allows(entry.Item.ProducerId))
            {
                return WorkflowResult.NotFound;
            }

            var status = entry?.Status ?? new EditorialStatus(PublicationState.Draft, IsLive: false, InRecycleBin: false);
            if (EditorialStore.Refuse(role, EditorialAction.SaveDraft, status) is { } refused)
            {
                return refused;
            }

            var problems = new List<(string Field, string Problem)>();
            if (!who.Scope.Allows(facts.ProducerId))
            {
                problems.Add((ProducerField, "Workflow.Problem.ProducerOutOfScope"));
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
                await store.RecordBaselineAsync(kind, entry, who, now, cancellationToken).ConfigureAwait(false);
            }

            var version = await store.AddVersionAsync(type, id, snapshot, sendForReview ? PublicationState.InReview : PublicationState.Draft, who, now, note, cancellationToken)
                .ConfigureAwait(false);
            await EditorialStore.StageDraftAsync(kind, entry, id, snapshot, now, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(who.Name, sendForReview ? "sent for review" : "saved a draft of", type, id, version.Number);
            await commit.AuditAsync(user, sendForReview ? AuditActions.SentForReview : AuditActions.SavedDraft, type, id, EditorialCommit.Detail(version.Number), cancellationToken)
                .ConfigureAwait(false);
            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    public Task<WorkflowResult> SendForReviewAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        ChangeNewestAsync(user, type, id, EditorialAction.SendForReview, PublicationState.InReview, cancellationToken);

    public Task<WorkflowResult> ReturnToDraftAsync(ClaimsPrincipal user, ContentItemType type, Guid id, CancellationToken cancellationToken = default) =>
        ChangeNewestAsync(user, type, id, EditorialAction.ReturnToDraft, PublicationState.Draft, cancellationToken);

    /// <summary>A new draft from an older version's snapshot; published at once when asked (editors only).</summary>
    public Task<WorkflowResult> RollbackAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, int number, bool publish, CancellationToken cancellationToken = default) =>
        commit.RunAsync(async () =>
        {
            var action = publish ? EditorialAction.RollbackAndPublish : EditorialAction.Rollback;
            var (who, kind, entry, refused) = await store.AuthoriseAsync(user, type, id, action, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            var old = await queries.VersionAsync(type, id, number, cancellationToken).ConfigureAwait(false);
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
            await store.RecordBaselineAsync(kind, entry!, who, now, cancellationToken).ConfigureAwait(false);
            var version = await store.AddVersionAsync(type, id, old.Snapshot, PublicationState.Draft, who, now, text["Workflow.Note.Rollback", number], cancellationToken)
                .ConfigureAwait(false);
            await EditorialStore.StageDraftAsync(kind, entry, id, old.Snapshot, now, cancellationToken).ConfigureAwait(false);
            var detail = EditorialCommit.Detail(number) + " -> " + EditorialCommit.Detail(version.Number);
            if (publish)
            {
                var published = await store.PublishVersionAsync(kind, version, who.Name, cancellationToken).ConfigureAwait(false);
                if (published.Succeeded)
                {
                    await commit.AuditAsync(user, AuditActions.RolledBackAndPublished, type, id, detail, cancellationToken).ConfigureAwait(false);
                }

                return published;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(who.Name, "rolled back (to an older version's content)", type, id, version.Number);
            await commit.AuditAsync(user, AuditActions.RolledBack, type, id, detail, cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(version.Number);
        }, cancellationToken);

    private Task<WorkflowResult> ChangeNewestAsync(
        ClaimsPrincipal user, ContentItemType type, Guid id, EditorialAction action, PublicationState to, CancellationToken cancellationToken) =>
        commit.RunAsync(async () =>
        {
            var (who, kind, entry, refused) = await store.AuthoriseAsync(user, type, id, action, cancellationToken).ConfigureAwait(false);
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
                await store.RecordBaselineAsync(kind, entry, who, now, cancellationToken).ConfigureAwait(false);
                newest = await store.AddVersionAsync(type, id, entry.WorkingSnapshot, to, who, now, null, cancellationToken).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            commit.LogChange(who.Name, action == EditorialAction.SendForReview ? "sent for review" : "returned to draft", type, id, newest.Number);
            await commit.AuditAsync(user, action == EditorialAction.SendForReview ? AuditActions.SentForReview : AuditActions.ReturnedToDraft,
                type, id, EditorialCommit.Detail(newest.Number), cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Done(newest.Number);
        }, cancellationToken);
}
