namespace OcopCatalogue.Web.Site;

/// <summary>Marker type for the site's user-facing strings in Resources/Site/SiteText*.resx (Vietnamese is the neutral language).</summary>
public sealed class SiteText
{
    private SiteText()
    {
    }
}
