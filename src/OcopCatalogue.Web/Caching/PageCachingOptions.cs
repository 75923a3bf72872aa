using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Caching;

/// <summary>Output caching of public pages, bound from <c>Ocop:Caching</c>.</summary>
public sealed class PageCachingOptions
{
    public const string Section = "Ocop:Caching";

    /// <summary>Off, every request renders its page (the load benchmark's cold runs; looking for a caching bug).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a page stays cached. Publishing evicts pages at once and every entry ends at the next midnight
    /// in Vietnam anyway, so this only bounds how long a page nobody asks for keeps its memory.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Memory for cached pages; the least recently used go first when it is full.</summary>
    [Range(1, 4096)]
    public int SizeLimitMegabytes { get; set; } = 64;
}
