namespace OcopCatalogue.Web.Publishing;

/// <summary>One content item by its type and stable key.</summary>
public sealed record ContentItemRef(ContentItemType Type, Guid Id);
