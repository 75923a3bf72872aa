namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>
/// One photo of the product form's gallery, kept as typed: a media library key, or (for a photo from before the
/// library) the path it already had, which the form shows but does not let anyone change; and an optional alt text
/// that replaces the library's for this product.
/// </summary>
public sealed class GalleryRow
{
    public string? Media { get; set; }
    public string? Path { get; set; }
    public string? Alt { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Media) && string.IsNullOrWhiteSpace(Path) && string.IsNullOrWhiteSpace(Alt);

    /// <summary>The media key when the row names one that parses.</summary>
    public Guid? MediaKey => Guid.TryParse(Media?.Trim(), out var key) && key != Guid.Empty ? key : null;
}
