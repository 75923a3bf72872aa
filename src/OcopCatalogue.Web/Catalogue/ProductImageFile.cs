using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>A product photo in a uSync file; the display order is the order in the file.</summary>
public sealed record ProductImageFile : IPhotoFields
{
    public string Path { get; init; } = "";
    public string Alt { get; init; } = "";
    /// <summary>Key of a media library item; absent in older files, which import as null.</summary>
    public Guid? Media { get; init; }
}
