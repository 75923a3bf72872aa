using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>The sales point map's tile server (<c>Ocop:Map</c>); OpenStreetMap's by default, with the attribution its licence requires.</summary>
public sealed class MapOptions
{
    public const string Section = "Ocop:Map";

    [Required]
    [RegularExpression(@"^https://\S+$", ErrorMessage = "Ocop:Map:TileUrl must be an https URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png.")]
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>HTML as Leaflet shows it; the site's own setting, not visitor input.</summary>
    [Required]
    public string Attribution { get; set; } = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    [Range(1, 22)]
    public int MaxZoom { get; set; } = 19;
}
