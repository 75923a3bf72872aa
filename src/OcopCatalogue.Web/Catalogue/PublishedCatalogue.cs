using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Every published product as a catalogue entry, held in memory for the current Vietnam day: the catalogue, the
/// home page and "related products" filter and count this list instead of loading the products again per request
/// (20,000 products take a few milliseconds to filter, and far longer to read). The list is rebuilt when content
/// is published (<see cref="PublishedCatalogueRefresh"/>) and when the day changes, because certificate statuses
/// follow the date.
/// </summary>
public sealed class PublishedCatalogue(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _current;
    private long _generation;

    public async Task<IReadOnlyList<CatalogueEntry>> EntriesAsync(CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(clock);
        if (Volatile.Read(ref _current) is { } fresh && fresh.Day == today && fresh.Generation == Interlocked.Read(ref _generation))
        {
            return fresh.Entries;
        }

        // One request loads while the others wait for its result, rather than all reading the store at once.
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var generation = Interlocked.Read(ref _generation);
            if (Volatile.Read(ref _current) is { } loaded && loaded.Day == today && loaded.Generation == generation)
            {
                return loaded.Entries;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var entries = await PublishedProducts.LoadAsync(db, today, cancellationToken: cancellationToken).ConfigureAwait(false);
            // A publish that happened while loading bumped the generation: this list is kept for this request
            // only, and the next one loads again.
            Volatile.Write(ref _current, new Snapshot(today, generation, entries));
            return entries;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Drops the list; the next request reads the store again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _loading.Dispose();

    private sealed record Snapshot(DateOnly Day, long Generation, IReadOnlyList<CatalogueEntry> Entries);
}
