namespace OcopCatalogue.Core.Catalogue;

/// <summary>A photo of a product, in display order.</summary>
public sealed class ProductImage
{
    /// <summary>A stored image path or web address, for photos not (yet) in the media library.</summary>
    public string Path { get; set; } = "";
    /// <summary>Alt text of a <see cref="Path"/> photo; a media library photo brings its own (with an English one).</summary>
    public string Alt { get; set; } = "";
    /// <summary>The media library item shown, in responsive sizes; when set it takes the place of <see cref="Path"/>.</summary>
    public Guid? MediaId { get; set; }
    public int Order { get; set; }
}
