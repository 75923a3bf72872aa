namespace OcopCatalogue.Web.Search;

/// <summary>Public URLs of the items a search can find.</summary>
public static class SearchUrls
{
    /// <summary>The item's page in the request's language.</summary>
    public static string For(SearchItemKind kind, string slug) => Site.SiteLanguage.Localize(kind switch
    {
        SearchItemKind.Product => $"/san-pham/{slug}",
        SearchItemKind.Producer => $"/chu-the/{slug}",
        _ => $"/diem-ban/{slug}",
    });
}
