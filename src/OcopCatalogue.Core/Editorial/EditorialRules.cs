using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Core.Editorial;

/// <summary>
/// Who may move a content item where: Draft -> InReview -> Published -> Unpublished. Writers save drafts, send them
/// for review, roll back to a draft and restore from the recycle bin; only editors and administrators make anything
/// public or take it down (publish, unpublish, rollback-and-publish, schedules, deleting a live item, purging).
/// </summary>
public static class EditorialRules
{
    private static readonly HashSet<EditorialAction> EditorActions =
    [
        EditorialAction.ReturnToDraft,
        EditorialAction.Publish,
        EditorialAction.Unpublish,
        EditorialAction.RollbackAndPublish,
        EditorialAction.Schedule,
        EditorialAction.Purge,
    ];

    /// <summary>Does the role allow the action on some item? (Deleting a live item asks more: see <see cref="Check"/>.)</summary>
    public static bool RoleMay(EditorialRole role, EditorialAction action) =>
        Enum.IsDefined(role) && Enum.IsDefined(action) && (role >= EditorialRole.Editor || !EditorActions.Contains(action));

    public static EditorialVerdict Check(EditorialRole role, EditorialAction action, EditorialStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (!RoleMay(role, action))
        {
            return EditorialVerdict.RoleForbids;
        }

        // Deleting a live item takes it off the public site, which is an unpublish.
        if (action == EditorialAction.Delete && status.IsLive && role < EditorialRole.Editor)
        {
            return EditorialVerdict.RoleForbids;
        }

        return WorkingStateAfter(action, status) is null ? EditorialVerdict.StateForbids : EditorialVerdict.Allowed;
    }

    /// <summary>The working state the action leads to, or null when the item's status does not allow it.</summary>
    public static PublicationState? WorkingStateAfter(EditorialAction action, EditorialStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.InRecycleBin)
        {
            // An item in the bin can only come back or go for good; nothing else may touch it.
            return action switch
            {
                EditorialAction.Restore or EditorialAction.Purge => status.Working == PublicationState.Published ? PublicationState.Unpublished : status.Working,
                _ => null,
            };
        }

        return action switch
        {
            EditorialAction.SaveDraft or EditorialAction.Rollback => PublicationState.Draft,
            EditorialAction.SendForReview when status.Working is PublicationState.Draft or PublicationState.Unpublished => PublicationState.InReview,
            EditorialAction.ReturnToDraft when status.Working == PublicationState.InReview => PublicationState.Draft,
            EditorialAction.Publish when status.Working != PublicationState.Published => PublicationState.Published,
            EditorialAction.RollbackAndPublish => PublicationState.Published,
            EditorialAction.Unpublish when status.IsLive => status.Working == PublicationState.Published ? PublicationState.Unpublished : status.Working,
            EditorialAction.Schedule => status.Working,
            EditorialAction.Delete => status.Working,
            _ => null,
        };
    }
}
