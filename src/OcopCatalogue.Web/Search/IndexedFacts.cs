using System.Globalization;
using Microsoft.Data.Sqlite;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// The small per-document facts that filters, facets and ranking need (kind, group, stars, locality, certificate),
/// held in memory by index row id. A broad query then reads only row ids and BM25 scores from SQLite instead of
/// joining tens of thousands of rows. When the index has changed by one update (a publish), a copy takes in that
/// update's removed and added rows (<see cref="SearchIndex.LastChange"/>); after a rebuild, or when several updates
/// came in between, every row is read again. Reading 20,000 rows made the first search after each publish about
/// 50 ms slower, and every search arriving meanwhile waited for it.
/// </summary>
public sealed class IndexedFacts(SearchIndex index)
{
    private const string Select = "SELECT id, kind, grp, stars, locality, cert, expires_on, revoked_on FROM docs";

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

            // The change is read after the generation: a later update's change does not match it, and all is read.
            var facts = _cache is { } previous && index.LastChange is { } change && change.From == previous.Generation && change.To == generation
                ? Follow(previous.Facts, change)
                : Load();
            _cache = (generation, facts);
            return facts;
        }
    }

    private Dictionary<long, Fact> Load()
    {
        var facts = new Dictionary<long, Fact>();
        using var connection = index.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Select;
        Read(command, facts);
        return facts;
    }

    /// <summary>A copy of the facts without the change's removed rows and with its added ones (rows never change in place).</summary>
    private Dictionary<long, Fact> Follow(Dictionary<long, Fact> previous, IndexChange change)
    {
        var facts = new Dictionary<long, Fact>(previous);
        foreach (var rowid in change.Removed)
        {
            facts.Remove(rowid);
        }

        if (change.Added.Count > 0)
        {
            using var connection = index.Open();
            using var command = connection.CreateCommand();
            // A row a later update has removed again is not found here; that update's change then removes nothing.
            command.CommandText = Select + " WHERE id IN (SELECT value FROM json_each($rowids))";
            command.Parameters.AddWithValue("$rowids", "[" + string.Join(',', change.Added.Select(r => r.ToString(CultureInfo.InvariantCulture))) + "]");
            Read(command, facts);
        }

        return facts;
    }

    private static void Read(SqliteCommand command, Dictionary<long, Fact> facts)
    {
        var localities = new Dictionary<string, (string Name, string Key)>(StringComparer.Ordinal);
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
    }

    /// <param name="LocalityKey">The locality as the catalogue's URLs name it (<c>dia-phuong</c>): its slug.</param>
    public sealed record Fact(SearchItemKind Kind, int? Group, int? Stars, string? Locality, string? LocalityKey, IndexedCertificate Certificate);
}
