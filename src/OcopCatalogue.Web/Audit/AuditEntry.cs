using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Audit;

/// <summary>One line of the audit trail: who did what to which item, and when. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Null for actions without a signed-in user (a failed sign-in, the setup link).</summary>
    public string? UserId { get; set; }

    /// <summary>The name as it was then, so the trail stays readable after an account is renamed or removed.</summary>
    public string UserName { get; set; } = "";

    /// <summary>A stable code such as <c>signin.failed</c>, <c>content.published</c>, <c>role.changed</c>.</summary>
    public string Action { get; set; } = "";

    public ContentItemType? ItemType { get; set; }

    public Guid? ItemId { get; set; }

    public string? Detail { get; set; }
}
