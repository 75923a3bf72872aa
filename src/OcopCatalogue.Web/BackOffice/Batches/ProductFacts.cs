namespace OcopCatalogue.Web.BackOffice.Batches;

/// <summary>What the batch pages and the workflow need to know of a batch's product.</summary>
public sealed record ProductFacts(string Name, Guid? ProducerId, string? Gtin, string? TraceCode);
