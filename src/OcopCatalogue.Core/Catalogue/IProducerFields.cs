namespace OcopCatalogue.Core.Catalogue;

/// <summary>A producer's fields as its file (or an edit form's draft of it) carries them, for <see cref="ProducerRules"/>.</summary>
public interface IProducerFields : IPlaceFields
{
    string? Slug { get; }
    string? Name { get; }
    ProducerKind Kind { get; }
    string? Phone { get; }
    string? Website { get; }
    string? LogoPath { get; }
    string? NameEn { get; }
}
