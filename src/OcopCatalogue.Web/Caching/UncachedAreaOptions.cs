namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Parts of the site whose answers differ by who asks (a staff area), named by the features that own them so the
/// cache needs to know none of them: their addresses are never cached nor compressed, their Razor pages never get
/// the public page policy.
/// </summary>
public sealed class UncachedAreaOptions
{
    /// <summary>Request path prefixes ("/backoffice"), matched by whole segments, in any case.</summary>
    public IList<PathString> PathPrefixes { get; } = [];

    /// <summary>Razor page paths ("/Site/Error"), or folders of them ("/BackOffice"), as the view engine names them.</summary>
    public IList<string> Pages { get; } = [];

    public bool Covers(PathString path) =>
        PathPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public bool CoversPage(string viewEnginePath)
    {
        ArgumentNullException.ThrowIfNull(viewEnginePath);
        return Pages.Any(page => viewEnginePath.Equals(page, StringComparison.OrdinalIgnoreCase)
            || viewEnginePath.StartsWith(page.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));
    }
}
