namespace OcopCatalogue.Core.Catalogue;

/// <summary>A photo of a product, in display order.</summary>
public sealed class ProductImage
{
    public string Path { get; set; } = "";
    public string Alt { get; set; } = "";
    public int Order { get; set; }
}
