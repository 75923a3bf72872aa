namespace OcopCatalogue.Web.Catalogue;

/// <summary>How many products the catalogue would show for one locality.</summary>
/// <param name="AsPublished">The name is a locality as published before 1 July 2025 (its current province is not
/// known), which the page marks as such.</param>
public sealed record LocalityCount(string Key, string Name, int Count, bool AsPublished = false);
