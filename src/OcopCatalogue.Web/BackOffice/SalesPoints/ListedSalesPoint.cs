using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>A row of the back office's sales point list.</summary>
public sealed record ListedSalesPoint(Guid Id, string Name, SalesPointKind Kind, string Locality, int Products, EditorialStatus Status);
