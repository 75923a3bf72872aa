namespace OcopCatalogue.Core.Traceability;

public static class UserAgentFamilies
{
    public static UserAgentFamily Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return UserAgentFamily.Other;
        }

        bool Has(string word) => userAgent.Contains(word, StringComparison.OrdinalIgnoreCase);
        if (Has("bot") || Has("crawler") || Has("spider"))
        {
            return UserAgentFamily.Bot;
        }

        if (Has("Android"))
        {
            return UserAgentFamily.Android;
        }

        if (Has("iPhone"))
        {
            return UserAgentFamily.IPhone;
        }

        return Has("Windows NT") || Has("Macintosh") || Has("X11") ? UserAgentFamily.Desktop : UserAgentFamily.Other;
    }
}
