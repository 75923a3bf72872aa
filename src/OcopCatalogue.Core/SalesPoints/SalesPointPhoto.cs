namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A photo of a sales point, in display order.</summary>
public sealed class SalesPointPhoto
{
    public string Path { get; set; } = "";
    public string Alt { get; set; } = "";
}
