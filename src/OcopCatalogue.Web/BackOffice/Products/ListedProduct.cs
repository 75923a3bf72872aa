using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>A row of the back office's product list.</summary>
public sealed record ListedProduct(Guid Id, string Name, string Slug, OcopGroup Group, string? ProducerName, EditorialStatus Status);
