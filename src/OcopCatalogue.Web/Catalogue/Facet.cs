namespace OcopCatalogue.Web.Catalogue;

/// <summary>The facets a product list can be narrowed by, as flags: which ones a page offers, which ones an item misses.</summary>
[Flags]
public enum Facet
{
    None = 0,
    Group = 1,
    Stars = 2,
    Locality = 4,
    ProducerKind = 8,
    Status = 16,
    DecisionYear = 32,
    Expiry = 64,
    All = Group | Stars | Locality | ProducerKind | Status | DecisionYear | Expiry,
}
