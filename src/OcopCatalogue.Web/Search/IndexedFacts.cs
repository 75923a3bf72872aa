using System.Globalization;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// The small per-document facts that filters, facets and ranking need (kind, group, stars, locality, certificate),
/// held in memory by index row id and reloaded when the index changes. A broad query then reads only row ids
/// and BM25 scores from SQLite instead of joining tens of thousands of rows.
/// </summary>
public sealed class IndexedFacts(SearchIndex index)
{
    private readonly Lock _gate = new();
    private (long Generation, Dictionary<long, Fact> Facts)? _cache;

    public IReadOnlyDictionary<long, Fact> Current()
    {
        var generation = index.Generation;
        lock (_gate)
        {
            if (_cache is { } cached && cached.Generation == generation)
            {
                return cached.Facts;
            }

            var facts = Load();
            _cache = (generation, facts);
            return facts;
        }
    }

    private Dictionary<long, Fact> Load()
    {
        var facts = new Dictionary<long, Fact>();
        var localities = new Dictionary<string, (string Name, string Key)>(StringComparer.Ordinal);
        using var connection = index.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, grp, stars, locality, cert, expires_on, revoked_on FROM docs";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? locality = null;
            string? localityKey = null;
            if (!reader.IsDBNull(4))
            {
                // Thousands of documents share a few dozen localities: keep one string of each, and work its key out once.
                var value = reader.GetString(4);
                if (!localities.TryGetValue(value, out var shared))
                {
                    shared = localities[value] = (value, Slug.From(value));
                }

                (locality, localityKey) = shared;
            }

            facts[reader.GetInt64(0)] = new Fact(
                (SearchItemKind)reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                locality,
                string.IsNullOrEmpty(localityKey) ? null : localityKey,
                new IndexedCertificate(
                    (IndexedCertificateKind)reader.GetInt32(5),
                    reader.IsDBNull(6) ? null : DateOnly.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                    reader.IsDBNull(7) ? null : DateOnly.Parse(reader.GetString(7), CultureInfo.InvariantCulture)));
        }

        return facts;
    }

    /// <param name="LocalityKey">The locality as the catalogue's URLs name it (<c>dia-phuong</c>): its slug.</param>
    public sealed record Fact(SearchItemKind Kind, int? Group, int? Stars, string? Locality, string? LocalityKey, IndexedCertificate Certificate);
}
