using System.Globalization;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// The two languages of the public site and where each lives: Vietnamese at the root, English under <c>/en</c>
/// with English section names and the same item slugs. Pages build their links as Vietnamese paths and pass them
/// through <see cref="Localize(string)"/>, so one table decides every public URL.
/// </summary>
public static class SiteLanguage
{
    public const string EnglishPrefix = "/en";

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // Vietnamese section -> English section. Paths not listed here (GS1 resolver /01 and /t, /api, static files)
    // are language-neutral and never rewritten.
    private static readonly (string Vietnamese, string English)[] Sections =
    [
        ("/san-pham", "/en/products"),
        ("/chu-the", "/en/producers"),
        ("/diem-ban", "/en/sales-points"),
        ("/tim-kiem", "/en/search"),
        ("/trang", "/en/pages"),
        ("/thong-ke", "/en/statistics"),
        ("/du-lieu-mo", "/en/open-data"),
        ("/loi", "/en/error"),
    ];

    /// <summary>True when the request's UI culture is English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The <c>lang</c> attribute value of the current language.</summary>
    public static string LangCode => IsEnglish ? "en" : "vi";

    /// <summary>The Razor Pages route templates of the English site, keyed by page.</summary>
    public static IReadOnlyList<(string Page, string Route)> EnglishRoutes { get; } =
    [
        ("/Catalogue/Home", "en"),
        ("/Catalogue/ProductList", "en/products"),
        ("/Catalogue/ProductDetail", "en/products/{slug}"),
        ("/Catalogue/ProducerDetail", "en/producers/{slug}"),
        ("/SalesPoints/SalesPointList", "en/sales-points"),
        ("/SalesPoints/SalesPointDetail", "en/sales-points/{slug}"),
        ("/Search/SearchPage", "en/search"),
        ("/Site/ContentPageView", "en/pages/{slug}"),
        ("/Statistics/StatisticsPage", "en/statistics"),
        ("/OpenData/OpenDataPage", "en/open-data"),
        ("/Site/Error", "en/error/{code:int?}"),
    ];

    /// <summary>A Vietnamese site path (with query or fragment) in the language of the current request.</summary>
    public static string Localize(string vietnamesePath) => IsEnglish ? ToEnglish(vietnamesePath) : ToVietnamese(vietnamesePath);

    /// <summary>True when the path is on the English site (<c>/en</c> or below it).</summary>
    public static bool IsEnglishPath(string? path) =>
        path is not null && path.StartsWith(EnglishPrefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == EnglishPrefix.Length || path[EnglishPrefix.Length] is '/' or '?' or '#');

    /// <summary>The English address of a site path; English and language-neutral paths come back unchanged.</summary>
    public static string ToEnglish(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsEnglishPath(path))
        {
            return path;
        }

        if (IsRoot(path, out var rest))
        {
            return EnglishPrefix + rest;
        }

        foreach (var (vi, en) in Sections)
        {
            if (HasPrefix(path, vi))
            {
                return en + path[vi.Length..];
            }
        }

        return path;
    }

    /// <summary>The Vietnamese address of a site path; Vietnamese and language-neutral paths come back unchanged.</summary>
    public static string ToVietnamese(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsEnglishPath(path))
        {
            return path;
        }

        foreach (var (vi, en) in Sections)
        {
            if (HasPrefix(path, en))
            {
                return vi + path[en.Length..];
            }
        }

        var rest = path[EnglishPrefix.Length..];
        return rest.Length == 0 || rest[0] != '/' ? "/" + rest : rest;
    }

    /// <summary>
    /// The language switcher's target: the visited path in the other language, as a path that cannot leave the site.
    /// The visited path is whatever a link said (a 404 answers at it), and <c>//host</c> or <c>/\host</c> in an
    /// href is another site to a browser: leading slashes collapse to one, and a path holding a backslash or a
    /// control character gives the language's home instead.
    /// </summary>
    public static string SwitchTarget(string visitedPath, bool toEnglish)
    {
        ArgumentNullException.ThrowIfNull(visitedPath);
        return OnSite(toEnglish ? ToEnglish(visitedPath) : ToVietnamese(visitedPath)) ?? (toEnglish ? EnglishPrefix : "/");
    }

    /// <summary>A site-relative path of this site made from <paramref name="path"/>, or null when it looks like anything else.</summary>
    public static string? OnSite(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path[0] != '/' || path.Any(c => c == '\\' || char.IsControl(c)))
        {
            return null;
        }

        return "/" + path.TrimStart('/');
    }

    private static bool IsRoot(string path, out string rest)
    {
        rest = path.Length > 1 ? path[1..] : "";
        return path == "/" || path.StartsWith("/?", StringComparison.Ordinal) || path.StartsWith("/#", StringComparison.Ordinal);
    }

    private static bool HasPrefix(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == prefix.Length || path[prefix.Length] is '/' or '?' or '#');
}
