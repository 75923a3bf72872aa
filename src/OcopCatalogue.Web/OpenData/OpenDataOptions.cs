namespace OcopCatalogue.Web.OpenData;

/// <summary>The open data's settings, bound from <c>Ocop:OpenData</c> and checked on start (<see cref="OpenDataOptionsValidator"/>).</summary>
public sealed class OpenDataOptions
{
    public const string Section = "Ocop:OpenData";

    /// <summary>The licence the files are published under; Creative Commons Attribution 4.0 unless the province decides otherwise.</summary>
    public OpenDataLicence Licence { get; set; } = new();
}
