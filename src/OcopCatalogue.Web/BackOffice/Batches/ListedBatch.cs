using OcopCatalogue.Core.Editorial;

namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>A row of the back office's batch list.</summary>
public sealed record ListedBatch(Guid Id, Guid ProductId, string ProductName, string LotCode, DateOnly? ProductionDate, DateOnly? ExpiryDate, EditorialStatus Status);
