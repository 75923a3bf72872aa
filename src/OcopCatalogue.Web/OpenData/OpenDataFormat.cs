namespace OcopCatalogue.Web.OpenData;

public enum OpenDataFormat
{
    Csv,
    Json,
    Xlsx,
}
