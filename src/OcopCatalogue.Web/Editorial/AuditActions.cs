namespace OcopCatalogue.Web.Editorial;

/// <summary>The workflow's action names in the audit trail (dotted, like the accounts' "signin.failed").</summary>
public static class AuditActions
{
    public const string SavedDraft = "content.draft";
    public const string SentForReview = "content.review";
    public const string ReturnedToDraft = "content.returned";
    public const string Published = "content.published";
    public const string PublishedOnSchedule = "content.published.scheduled";
    public const string Unpublished = "content.unpublished";
    public const string UnpublishedOnSchedule = "content.unpublished.scheduled";
    public const string RolledBack = "content.rollback";
    public const string RolledBackAndPublished = "content.rollback.published";
    public const string Scheduled = "content.scheduled";
    public const string Deleted = "content.deleted";
    public const string Restored = "content.restored";
    public const string Purged = "content.purged";
}
