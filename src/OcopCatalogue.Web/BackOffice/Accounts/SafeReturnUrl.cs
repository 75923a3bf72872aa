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

        return returnUrl;
    }
}
