using System.Text;
using OcopCatalogue.Web.Traceability;

namespace OcopCatalogue.Web.SearchEngines;

/// <summary>
/// robots.txt: crawlers are kept out of the back office, search results (endless combinations of words and filters),
/// the APIs, the QR images and label sheets of stamps, and shown where the sitemap is. Scan pages (<c>/01/…</c>,
/// <c>/t/…</c>) stay open: they name each other as canonical product pages, and their own <c>noindex</c> keeps them out.
/// </summary>
public static class RobotsTxt
{
    public const string Path = "/robots.txt";

    /// <summary>Path prefixes no crawler should ask for, in both languages.</summary>
    public static IReadOnlyList<string> Disallowed { get; } =
    [
        "/backoffice",
        "/tim-kiem",
        "/en/search",
        "/api/",
        "/en/api/",
        StampAddress.QrPrefix + "/",
        "/nhan-in/",
    ];

    public static string Write(string baseUrl)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        text.Append('\n').Append("Sitemap: ").Append(baseUrl).Append(Sitemap.IndexPath).Append('\n');
        return text.ToString();
    }
}
