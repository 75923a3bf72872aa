namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>One online shop line of the product form, kept as typed.</summary>
public sealed class OnlineShopRow
{
    public string? Label { get; set; }
    public string? Url { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Url);
}
