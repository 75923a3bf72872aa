using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// One saved version of a content item: the item's uSync file as JSON (the same canonical form as uSync/, so a
/// version can be read, compared and exported like a file), who saved it and where it stands in the workflow.
/// The public tables hold what is published; versions hold everything staff have saved.
/// </summary>
public sealed class ContentVersion
{
    /// <summary>The longest <see cref="Note"/> kept (the edit forms' "note for this version").</summary>
    public const int MaxNoteLength = 500;

    public long Id { get; set; }
    public ContentItemType ItemType { get; set; }
    public Guid ItemId { get; set; }
    /// <summary>1, 2, 3… per item, in the order saved.</summary>
    public int Number { get; set; }
    /// <summary>Draft or InReview while it waits; Published once it has been published (it stays so as history).</summary>
    public PublicationState State { get; set; }
    /// <summary>The item's uSync file (<c>USyncJson</c>) as saved.</summary>
    public string Snapshot { get; set; } = "";
    public string SavedById { get; set; } = "";
    public string SavedByName { get; set; } = "";
    public DateTimeOffset SavedAt { get; set; }
    /// <summary>What happened: "rollback to version 3", "restored from the recycle bin", a writer's remark.</summary>
    public string? Note { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>When the scheduler is to publish this version.</summary>
    public DateTimeOffset? PublishAt { get; set; }
    /// <summary>When the scheduler is to take the item off the public site.</summary>
    public DateTimeOffset? UnpublishAt { get; set; }
    /// <summary>Who set the schedule: the scheduler acts in their name.</summary>
    public string? ScheduledByName { get; set; }
}
