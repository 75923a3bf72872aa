using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.SearchEngines;

/// <summary>The sitemap's and feeds' sizes, bound from <c>Ocop:SearchEngines</c> and checked at start.</summary>
public sealed class SearchEngineOptions
{
    public const string Section = "Ocop:SearchEngines";

    /// <summary>Addresses per sitemap part; 50,000 is the most the sitemap protocol allows in one file.</summary>
    [Range(1, 50_000)]
    public int SitemapPartSize { get; set; } = 50_000;

    /// <summary>Products in each language's feed, the most recently certified or updated first.</summary>
    [Range(1, 500)]
    public int FeedEntries { get; set; } = 50;
}
