using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>A photo of a sales point in its uSync file; the display order is the order in the file.</summary>
public sealed record SalesPointPhotoFile : IPhotoFields
{
    public string Path { get; init; } = "";
    public string Alt { get; init; } = "";
    /// <summary>Key of a media library item; absent in older files, which import as null.</summary>
    public Guid? Media { get; init; }
}
