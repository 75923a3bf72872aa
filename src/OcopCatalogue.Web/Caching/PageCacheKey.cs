namespace OcopCatalogue.Web.Caching;

/// <summary>
/// For middleware that runs before the page cache and learns something the page will show that its address
/// does not say (a batch's scan count crossing a limit): adding it to the key serves the right cached copy.
/// </summary>
public static class PageCacheKey
{
    private static readonly object ItemKey = new();

    public static void VaryBy(HttpContext context, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[ItemKey] is not Dictionary<string, string> values)
        {
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            context.Items[ItemKey] = values;
        }

        values[name] = value;
    }

    internal static IReadOnlyDictionary<string, string>? ValuesOf(HttpContext context) =>
        context.Items[ItemKey] as Dictionary<string, string>;
}
