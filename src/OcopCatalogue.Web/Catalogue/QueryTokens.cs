using System.Globalization;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Reads the public pages' query-string tokens. A value that means nothing is ignored rather than rejected, so a
/// hand-edited or truncated URL still shows a page; of a repeated key the first value that means something counts.
/// </summary>
public static class QueryTokens
{
    // No token of ours is this long; longer values are not even looked at.
    private const int MaxValueLength = 100;

    public static IEnumerable<string> Values(IQueryCollection query, string key)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.TryGetValue(key, out var values)
            ? values.Where(v => v is { Length: > 0 and <= MaxValueLength }).Select(v => v!.Trim())
            : [];
    }

    public static T? First<T>(IQueryCollection query, string key, Func<string, T?> parse)
        where T : struct =>
        Values(query, key).Select(parse).FirstOrDefault(v => v is not null);

    public static string? First(IQueryCollection query, string key, Func<string, string?> parse) =>
        Values(query, key).Select(parse).FirstOrDefault(v => v is not null);

    public static int? Number(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The page number asked for; 1 when none or nonsense.</summary>
    public static int Page(IQueryCollection query) =>
        First<int>(query, CatalogueParameters.Page, v => Number(v) is { } n && n >= 1 ? n : null) ?? 1;

    /// <summary>The key a token stands for in <paramref name="tokens"/>, or null.</summary>
    public static T? KeyOf<T>(IReadOnlyDictionary<T, string> tokens, string value)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Where(t => t.Value == value).Select(t => (T?)t.Key).FirstOrDefault();
    }

    /// <summary>Adds the page number to a URL's pairs, leaving out the first page.</summary>
    public static void AddPage(ICollection<KeyValuePair<string, string?>> pairs, int page)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (page > 1)
        {
            pairs.Add(new(CatalogueParameters.Page, page.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
