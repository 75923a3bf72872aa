namespace OcopCatalogue.Web.Editorial;

/// <summary>A version the scheduler is to publish (<see cref="ContentVersion.PublishAt"/>) and the item it belongs to.</summary>
public sealed record ScheduledPublish(EditorialItem Item, ContentVersion Version, IEditorialContent Kind);
