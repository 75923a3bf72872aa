namespace OcopCatalogue.Web.OpenData;

/// <summary>The lists published as open data; their file names are in <see cref="OpenDataFiles"/>.</summary>
public enum OpenDataset
{
    Products,
    Certificates,
    Producers,
    SalesPoints,
}
