using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OcopCatalogue.Web.Sharing;

/// <summary>
/// What one share image says, in the language it is drawn for. Its <see cref="Fingerprint"/> names the file on disk
/// and the entity tag, so a card whose facts changed (a new name, a new rating, a renamed producer) is drawn again
/// even on a server that missed the publish.
/// </summary>
/// <param name="Title">The item's name (or the site's title).</param>
/// <param name="Subtitle">The producer, or the kind and locality; null for none.</param>
/// <param name="Stars">The product's current stars, null when it has none to show.</param>
/// <param name="StarsText">The badge's words ("OCOP 4 sao").</param>
/// <param name="StatusText">The certificate status under the badge; null for none.</param>
/// <param name="SiteName">The site's name, at the top of the card.</param>
/// <param name="Host">The site's host name, at the foot of the card.</param>
/// <param name="Photo">A rendition file of the item's first photo; null draws <paramref name="Illustration"/> or a plain panel.</param>
/// <param name="Illustration">An SVG drawn on the left panel when there is no photo (a product group's illustration).</param>
public sealed record ShareCard(
    ShareImageKind Kind,
    string Language,
    string Title,
    string? Subtitle,
    int? Stars,
    string? StarsText,
    string? StatusText,
    string SiteName,
    string Host,
    string? Photo,
    string? Illustration)
{
    /// <summary>Changes whenever the drawing does, so every card is drawn again after an upgrade that changes it.</summary>
    public const string DesignVersion = "1";

    public string Fingerprint
    {
        get
        {
            var facts = string.Join('\u001f', DesignVersion, Kind.ToString(), Language, Title, Subtitle, Stars?.ToString(CultureInfo.InvariantCulture), StarsText, StatusText, SiteName, Host, Photo, Illustration);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(facts)))[..20];
        }
    }
}
