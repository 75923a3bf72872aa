namespace OcopCatalogue.Web.Site;

/// <summary>Marker type for the site's user-facing strings in Resources/Site/SiteText*.resx (Vietnamese is the neutral language).</summary>
#pragma warning disable CA1812 // Used only as the type argument of IStringLocalizer<SiteText>.
internal sealed class SiteText;
#pragma warning restore CA1812
