using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Web.Editorial;

/// <summary>An item as the back office sees it: the stored item, its workflow status, its newest version and the
/// snapshot staff work on (the newest version's, or the stored item's when it has no versions yet).</summary>
public sealed record EditorialEntry(EditorialItem Item, EditorialStatus Status, ContentVersion? Newest, string WorkingSnapshot);
