namespace OcopCatalogue.Core.Catalogue;

/// <summary>A photo of a product or a sales point, as a file or a form carries it: a media library item, or a path
/// (from before the library) with its own alt text.</summary>
public interface IPhotoFields
{
    string? Path { get; }
    string? Alt { get; }
    Guid? Media { get; }
}
