namespace OcopCatalogue.Web.Editorial;

/// <summary>An item waiting for an editor: the version sent for review and the item it belongs to.</summary>
public sealed record ReviewRequest(EditorialItem Item, ContentVersion Version, IEditorialContent Kind);
