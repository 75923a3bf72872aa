using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Search;

/// <summary>Search settings, bound from <c>Ocop:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Ocop:Search";

    /// <summary>
    /// How many distinct queries keep their raw matches (row ids and BM25 scores) in memory until the index
    /// changes; popular searches then skip SQLite. 0 turns the cache off.
    /// </summary>
    [Range(0, 100_000)]
    public int MatchCacheEntries { get; set; } = 1_000;
}
