namespace OcopCatalogue.Web.OpenData;

/// <summary>The licence of the open data, as the page and every file name it (<c>Ocop:OpenData:Licence:Name</c> and <c>:Url</c>).</summary>
public sealed class OpenDataLicence
{
    public string Name { get; set; } = "CC BY 4.0";

    public string Url { get; set; } = "https://creativecommons.org/licenses/by/4.0/";
}
