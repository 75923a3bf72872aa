using OcopCatalogue.Core.Text;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Sharing;

/// <summary>
/// The addresses of share images: <c>/chia-se/san-pham/{slug}.png</c> (producers <c>chu-the</c>, sales points
/// <c>diem-ban</c>) and <c>/chia-se/trang-web.png</c> for pages without an item, and their English counterparts under
/// <c>/en/share/</c>, drawn with the English names. Stable, so a link shared yesterday still shows its picture.
/// </summary>
public static class ShareImageAddress
{
    public const string VietnamesePrefix = "/chia-se";
    public const string EnglishPrefix = SiteLanguage.EnglishPrefix + "/share";
    public const string Extension = ".png";
    public const string SiteFile = "trang-web";
    public const string EnglishSiteFile = "site";

    // Image folder by language, and the page section (Vietnamese path) whose item it draws.
    private static readonly (ShareImageKind Kind, string Vietnamese, string English, string PageSection)[] Kinds =
    [
        (ShareImageKind.Product, "san-pham", "products", "/san-pham/"),
        (ShareImageKind.Producer, "chu-the", "producers", "/chu-the/"),
        (ShareImageKind.SalesPoint, "diem-ban", "sales-points", "/diem-ban/"),
    ];

    /// <summary>The site path of an item's image (or the site's, for <see cref="ShareImageKind.Site"/>).</summary>
    public static string Of(ShareImageKind kind, string? slug, bool english)
    {
        var prefix = english ? EnglishPrefix : VietnamesePrefix;
        if (kind == ShareImageKind.Site || slug is null)
        {
            return $"{prefix}/{(english ? EnglishSiteFile : SiteFile)}{Extension}";
        }

        var entry = Kinds.Single(k => k.Kind == kind);
        return $"{prefix}/{(english ? entry.English : entry.Vietnamese)}/{slug}{Extension}";
    }

    /// <summary>
    /// The image of a public page from its canonical (or visited) path in either language: the item's own for a
    /// product, producer or sales point page, the site's for every other page.
    /// </summary>
    public static (ShareImageKind Kind, string? Slug) ForPage(string? pagePath)
    {
        if (pagePath is null)
        {
            return (ShareImageKind.Site, null);
        }

        var path = SiteLanguage.ToVietnamese(pagePath);
        var end = path.IndexOfAny(['?', '#']);
        path = end < 0 ? path : path[..end];
        foreach (var (kind, _, _, section) in Kinds)
        {
            if (path.StartsWith(section, StringComparison.Ordinal) && path[section.Length..] is var slug && Slug.IsWellFormed(slug))
            {
                return (kind, slug);
            }
        }

        return (ShareImageKind.Site, null);
    }

    /// <summary>Reads the folder and file of a share image address; false for anything else.</summary>
    public static bool TryParse(string folder, string file, bool english, out ShareImageKind kind, out string slug)
    {
        kind = ShareImageKind.Site;
        slug = "";
        if (string.IsNullOrEmpty(file) || !file.EndsWith(Extension, StringComparison.Ordinal))
        {
            return false;
        }

        var name = file[..^Extension.Length];
        foreach (var entry in Kinds)
        {
            if (string.Equals(folder, english ? entry.English : entry.Vietnamese, StringComparison.Ordinal) && Slug.IsWellFormed(name))
            {
                kind = entry.Kind;
                slug = name;
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the site's own image file name in the language.</summary>
    public static bool IsSiteFile(string file, bool english) =>
        string.Equals(file, (english ? EnglishSiteFile : SiteFile) + Extension, StringComparison.Ordinal);
}
