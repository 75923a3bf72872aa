namespace OcopCatalogue.Core.Catalogue;

/// <summary>A product's link to a shop selling it online, as a file or a form carries it.</summary>
public interface IOnlineShopFields
{
    string? Label { get; }
    string? Url { get; }
}
