using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>A locality a visitor can sort from, and its centre: the mean of the published coordinates of places in it.</summary>
public sealed record LocalityCentre(string Key, string Name, GeoPoint Centre);
