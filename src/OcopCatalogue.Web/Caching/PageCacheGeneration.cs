namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Counts publishes. The number is part of every cache key, so a page that began rendering before a publish and
/// is stored after the eviction lands under the old number, where no later request looks.
/// </summary>
public sealed class PageCacheGeneration
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Advance() => Interlocked.Increment(ref _current);
}
