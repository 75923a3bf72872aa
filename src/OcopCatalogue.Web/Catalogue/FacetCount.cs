namespace OcopCatalogue.Web.Catalogue;

/// <summary>How many products a filter option would give.</summary>
public sealed record FacetCount<T>(T Value, int Count);
