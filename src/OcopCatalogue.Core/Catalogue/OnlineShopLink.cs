namespace OcopCatalogue.Core.Catalogue;

/// <summary>A place to buy the product online (the producer's shop, an e-commerce platform).</summary>
public sealed class OnlineShopLink
{
    public string Label { get; set; } = "";
    public string Url { get; set; } = "";
}
