using System.Globalization;
using OcopCatalogue.Core.Catalogue;

namespace OcopCatalogue.Web.Site;

/// <summary>How the public site writes numbers, dates, names and links, in the request's culture (vi-VN or en).</summary>
public static class SiteFormat
{
    /// <summary>An OCOP score as councils publish it, with the culture's decimal separator: 63,4.</summary>
    public static string Score(decimal score) => score.ToString("0.0#", CultureInfo.CurrentCulture);

    /// <summary>
    /// A day as Vietnamese documents write it (05/09/2023), or on the English site with the month spelled out
    /// (5 Sep 2023), since 05/09 reads as May 9 to many visitors from abroad.
    /// </summary>
    public static string Date(DateOnly day) =>
        day.ToString(SiteLanguage.IsEnglish ? "d MMM yyyy" : "dd/MM/yyyy", CultureInfo.CurrentCulture);

    /// <summary>A calendar month: 01/2027 in Vietnamese, Jan 2027 in English (as <see cref="Date(DateOnly)"/>).</summary>
    public static string Month(int year, int month) =>
        new DateOnly(year, month, 1).ToString(SiteLanguage.IsEnglish ? "MMM yyyy" : "MM/yyyy", CultureInfo.CurrentCulture);

    /// <summary>The Vietnamese calendar day of a moment, written as <see cref="Date(DateOnly)"/> does.</summary>
    public static string Date(DateTimeOffset moment) =>
        Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Core.Certification.VietnamTime.Zone).DateTime));

    /// <summary>
    /// A published place name at the start of a line: "huyện Long Mỹ" becomes "Huyện Long Mỹ". Only the first
    /// letter changes; the rest stays exactly as published.
    /// </summary>
    public static string LineStart(string text) =>
        string.IsNullOrEmpty(text) ? "" : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];

    /// <summary>Alphabetical order of the culture: Vietnamese letters sort where Vietnamese readers expect them.</summary>
    public static StringComparer NameOrder => StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);

    /// <summary>The generated illustration of a group, for products without a photo.</summary>
    public static string GroupIllustration(OcopGroup group) => group switch
    {
        OcopGroup.Food => "/img/groups/food.svg",
        OcopGroup.Drinks => "/img/groups/drinks.svg",
        OcopGroup.Herbal => "/img/groups/herbal.svg",
        OcopGroup.Handicrafts => "/img/groups/handicrafts.svg",
        OcopGroup.OrnamentalPlantsAndAnimals => "/img/groups/plants.svg",
        _ => "/img/groups/tourism.svg",
    };

    /// <summary>A stored image path as a URL on this site; absolute web addresses are kept as they are.</summary>
    public static string ImageUrl(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || path.StartsWith('/') ? path : "/" + path;
    }

    /// <summary>
    /// The address when it is a plain web link, else null: content comes from files and editors, and a
    /// <c>javascript:</c> or <c>data:</c> address must never become a clickable link.
    /// </summary>
    public static string? WebLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>A <c>tel:</c> link target from a published phone number: digits and a leading plus only.</summary>
    public static string? PhoneLink(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        var digits = new string(trimmed.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
        return digits.Length >= 6 ? "tel:" + digits : null;
    }

    /// <summary>A map of the spot, only when coordinates are known; never a guess from the address.</summary>
    public static string MapLink(GeoPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var lat = point.Latitude.ToString("0.######", CultureInfo.InvariantCulture);
        var lon = point.Longitude.ToString("0.######", CultureInfo.InvariantCulture);
        return $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}";
    }
}
