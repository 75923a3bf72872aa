using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// Raw matches of recent queries (row id and BM25 score), valid for one index generation. Only the raw matches
/// are kept: certificate status depends on the day and filters on the request, so both are applied afresh.
/// When full it is simply emptied, which keeps it bounded without bookkeeping on every hit.
/// </summary>
public sealed class MatchCache(SearchIndex index, IOptions<SearchOptions> options)
{
    private readonly int _capacity = options.Value.MatchCacheEntries;
    private readonly ConcurrentDictionary<string, (long Rowid, double Score)[]> _entries = new(StringComparer.Ordinal);
    private long _generation = -1;

    public (long Rowid, double Score)[] GetOrAdd(string matchExpression, Func<(long Rowid, double Score)[]> find)
    {
        ArgumentNullException.ThrowIfNull(find);
        if (_capacity == 0)
        {
            return find();
        }

        var generation = index.Generation;
        if (Interlocked.Exchange(ref _generation, generation) != generation)
        {
            _entries.Clear();
        }

        if (_entries.TryGetValue(matchExpression, out var cached))
        {
            return cached;
        }

        var found = find();
        if (_entries.Count >= _capacity)
        {
            _entries.Clear();
        }

        // Only a result read under the current generation may be kept for it.
        if (index.Generation == generation)
        {
            _entries[matchExpression] = found;
        }

        return found;
    }
}
