using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>A published producer as a product page presents it.</summary>
public sealed record ProducerSummary
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required ProducerKind Kind { get; init; }
    public required PostalAddress Address { get; init; }
}
