using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>What the directory's filters need to know about a product a sales point stocks.</summary>
public sealed record StockedProduct(string Slug, string Name, OcopGroup Group);
