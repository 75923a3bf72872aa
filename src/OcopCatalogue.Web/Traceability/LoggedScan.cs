namespace OcopCatalogue.Web.Traceability;

/// <summary>What a node's tally needs of a scan record another node (or this one) wrote.</summary>
public sealed record LoggedScan(long Id, Guid BatchId, string? Serial, string NetworkKey);
