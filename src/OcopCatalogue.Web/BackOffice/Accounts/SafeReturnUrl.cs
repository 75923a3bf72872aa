using System.Globalization;
using System.Text;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>Where to go after signing in: only a path inside the back office, never another site (open redirect).</summary>
public static class SafeReturnUrl
{
    public static string Resolve(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl)
            || returnUrl[0] != '/'
            || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            || returnUrl.Contains('\\', StringComparison.Ordinal)
            || returnUrl.Any(char.IsControl)
            || !(returnUrl.Equals(BackOfficeExtensions.PathPrefix, StringComparison.OrdinalIgnoreCase)
                || returnUrl.StartsWith(BackOfficeExtensions.PathPrefix + "/", StringComparison.OrdinalIgnoreCase)
                || returnUrl.StartsWith(BackOfficeExtensions.PathPrefix + "?", StringComparison.OrdinalIgnoreCase)))
        {
            return BackOfficeExtensions.PathPrefix;
        }

        return Encoded(returnUrl);
    }

    /// <summary>
    /// A Location header carries ASCII only (Kestrel answers 500 otherwise), and a page asked for with a search in
    /// Vietnamese ("?q=trà") comes back decoded: letters outside ASCII and spaces go back percent-encoded as UTF-8,
    /// as a browser sends them. Encoding also keeps look-alike slashes ("／") from ever reading as a path.
    /// </summary>
    private static string Encoded(string url)
    {
        if (Ascii.IsValid(url) && !url.Contains(' ', StringComparison.Ordinal))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length * 3);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value != ' ')
            {
                builder.Append((char)rune.Value);
                continue;
            }

            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
