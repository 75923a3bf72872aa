namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// The engine's services side by side, for the back-office pages that offer the whole workflow on one page (an
/// edit page's buttons, the history): one constructor parameter instead of five. Pages that need one part take
/// that service alone.
/// </summary>
public sealed class EditorialWorkflow(
    EditorialQueries queries,
    EditorialDrafts drafts,
    EditorialPublishing publishing,
    RecycleBin recycleBin,
    EditorialSchedules schedules)
{
    /// <summary>Items, their versions and the review queue.</summary>
    public EditorialQueries Queries { get; } = queries;

    /// <summary>Saving, sending for review, returning to draft, rolling back.</summary>
    public EditorialDrafts Drafts { get; } = drafts;

    /// <summary>Publishing, unpublishing, saving and publishing at once.</summary>
    public EditorialPublishing Publishing { get; } = publishing;

    /// <summary>Delete, restore, purge.</summary>
    public RecycleBin RecycleBin { get; } = recycleBin;

    /// <summary>When versions go public and leave again.</summary>
    public EditorialSchedules Schedules { get; } = schedules;
}
