namespace OcopCatalogue.Web.Catalogue;

/// <summary>How many products the catalogue would show for one locality.</summary>
public sealed record LocalityCount(string Key, string Name, int Count);
