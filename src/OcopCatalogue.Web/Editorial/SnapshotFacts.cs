namespace OcopCatalogue.Web.Editorial;

/// <summary>What a snapshot says about the item it describes, read without touching the store.</summary>
public sealed record SnapshotFacts(Guid Key, string Name, string Slug, Guid? ProducerId);
