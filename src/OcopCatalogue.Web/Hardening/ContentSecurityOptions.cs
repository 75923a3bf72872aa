namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// What features add to the site's content security policy (<see cref="SecurityHeaders"/>): the sales points' map
/// names its tile server here, so the headers need not know where maps come from.
/// </summary>
public sealed class ContentSecurityOptions
{
    /// <summary>Image sources beside the site itself and data: URIs ("https://tile.openstreetmap.org").</summary>
    public IList<string> ImageSources { get; } = [];
}
