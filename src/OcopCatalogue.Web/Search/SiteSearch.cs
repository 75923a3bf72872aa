using System.Text;
using Microsoft.Data.Sqlite;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Search;
using OcopCatalogue.Web.Catalogue;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// Ranked, faceted search over the index. BM25 with field weights (name, producer, locality, group, story);
/// a word typed in full outranks the longer words it begins; a name typed with its accents outranks a folded
/// match; currently certified products come first at equal relevance. When the typed words find nothing,
/// mistyped words are corrected from the index's vocabulary.
/// </summary>
public sealed class SiteSearch(SearchIndex index, IndexedFacts facts, MatchCache cache, SpellingCorrector corrector, TimeProvider clock)
{
    /// <summary>How many combinations of corrected words are tried before giving up.</summary>
    private const int MaxCorrectionAttempts = 24;

    /// <summary>How many of the best matches are re-ranked for exact accents (the rest keep their BM25 order).</summary>
    private const int AccentRerankDepth = 100;

    /// <summary>A word begun with only this many letters is too vague to look for in stories: it completes names only.</summary>
    private const int ShortPrefixLength = 2;

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var terms = SearchTerms.Parse(request.Query);
        if (terms.IsEmpty)
        {
            return Task.FromResult(SearchResults.Empty);
        }

        using var connection = index.Open();
        var matches = FindMatches(connection, terms.Words, terms.LastWordIsPartial, cancellationToken);
        string? corrected = null;
        if (matches.Count == 0)
        {
            (matches, corrected) = MatchCorrected(connection, terms, cancellationToken);
        }

        return Task.FromResult(Rank(connection, matches, terms, request, corrected));
    }

    /// <summary>Phase one: row ids and BM25 scores from the index, joined in memory with the facts filters and facets need.</summary>
    private List<Match> FindMatches(SqliteConnection connection, IReadOnlyList<string> words, bool lastIsPrefix, CancellationToken cancellationToken)
    {
        var known = facts.Current();
        var today = VietnamTime.Today(clock);
        var expression = MatchExpression(words, lastIsPrefix);
        var raw = cache.GetOrAdd(expression, () => ReadMatches(connection, expression, cancellationToken));
        var rows = new List<Match>(raw.Length);
        foreach (var (rowid, score) in raw)
        {
            // A row added after the facts were loaded belongs to a newer generation: the next search sees it.
            if (known.TryGetValue(rowid, out var fact))
            {
                var status = fact.Certificate.StatusOn(today);
                // A revoked certificate's stars are not the product's, as in the catalogue: neither shown nor counted.
                var stars = status == CertificateStatus.Revoked ? null : fact.Stars;
                rows.Add(new Match(rowid, fact.Kind, fact.Group, stars, fact.Locality, fact.LocalityKey, status, score));
            }
        }

        return rows;
    }

    private static (long Rowid, double Score)[] ReadMatches(SqliteConnection connection, string expression, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, bm25(docs_fts, 10.0, 5.0, 3.0, 2.0, 1.0) FROM docs_fts WHERE docs_fts MATCH $match";
        command.Parameters.AddWithValue("$match", expression);
        var matches = new List<(long, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            matches.Add((reader.GetInt64(0), -reader.GetDouble(1)));
        }

        return [.. matches];
    }

    /// <summary>
    /// Tries corrected spellings, one word changed before two. Among the combinations that find anything, the one
    /// whose best match scores highest wins: "bap nom" becomes "bap non" (a product's name), not "bap nam"
    /// (two words somewhere in a story), because BM25 weighs the name and rare words more.
    /// </summary>
    private (List<Match> Rows, string? Corrected) MatchCorrected(SqliteConnection connection, SearchTerms terms, CancellationToken cancellationToken)
    {
        var words = terms.Words;
        var candidates = words.Select(w => corrector.CandidatesFor(w)).ToList();
        var attempts = 0;
        foreach (var tier in new[] { SingleChanges(words, candidates), DoubleChanges(words, candidates) })
        {
            (List<Match> Rows, string[] Words, double Best)? chosen = null;
            foreach (var combination in tier)
            {
                if (++attempts > MaxCorrectionAttempts)
                {
                    break;
                }

                // A corrected last word is a whole word, not a prefix being typed.
                var rows = FindMatches(connection, combination, lastIsPrefix: false, cancellationToken);
                var best = rows.Count == 0 ? 0 : rows.Max(r => r.Score);
                if (rows.Count > 0 && (chosen is null || best > chosen.Value.Best))
                {
                    chosen = (rows, combination, best);
                }
            }

            if (chosen is { } found)
            {
                return (found.Rows, string.Join(' ', found.Words));
            }
        }

        return ([], null);
    }

    private static IEnumerable<string[]> SingleChanges(IReadOnlyList<string> words, List<IReadOnlyList<string>> candidates)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var candidate in candidates[i])
            {
                yield return Replace(words, (i, candidate));
            }
        }
    }

    private static IEnumerable<string[]> DoubleChanges(IReadOnlyList<string> words, List<IReadOnlyList<string>> candidates)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                foreach (var first in candidates[i])
                {
                    foreach (var second in candidates[j])
                    {
                        yield return Replace(words, (i, first), (j, second));
                    }
                }
            }
        }
    }

    private static string[] Replace(IReadOnlyList<string> words, params (int Index, string Word)[] replacements)
    {
        var copy = words.ToArray();
        foreach (var (i, word) in replacements)
        {
            copy[i] = word;
        }

        return copy;
    }

    /// <summary>
    /// Each word quoted, so nothing typed is read as FTS5 syntax. A last word still being typed matches as a
    /// prefix too, written <c>("hoa" OR "hoa"*)</c> so that BM25 counts a whole-word match twice and "hoa" outranks "hoang";
    /// one or two letters complete only words of a name.
    /// </summary>
    private static string MatchExpression(IReadOnlyList<string> words, bool lastIsPrefix)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var quoted = $"\"{words[i]}\"";
            var prefix = words[i].Length <= ShortPrefixLength ? $"f_name : {quoted}*" : $"{quoted}*";
            builder.Append(i == 0 ? "" : " AND ").Append(i == words.Count - 1 && lastIsPrefix ? $"({quoted} OR {prefix})" : quoted);
        }

        return builder.ToString();
    }

    private static SearchResults Rank(SqliteConnection connection, List<Match> rows, SearchTerms terms, SearchRequest request, string? corrected)
    {
        bool InKinds(Match r) => request.Kinds.Count == 0 || request.Kinds.Contains(r.Kind);
        Facet Missed(Match r) => request.Facets.Misses((OcopGroup?)r.Group, (StarRating?)r.Stars, r.LocalityKey, producerKind: null, r.Status) & SearchFilter.Offered;

        var products = rows.Where(r => r.Kind == SearchItemKind.Product && InKinds(r)).Select(r => (Row: r, Missed: Missed(r))).ToList();
        var filtered = rows.Where(r => InKinds(r) && Missed(r) == Facet.None).ToList();

        // BM25's scale depends on the collection (tiny when every document has the word), so "equal relevance"
        // is judged relative to the best match: within one percent counts as equal.
        var best = filtered.Count == 0 ? 1 : Math.Max(filtered.Max(r => r.Score), double.Epsilon);
        var ordered = filtered
            .OrderByDescending(r => Math.Round(r.Score / best, 2))
            .ThenBy(r => CertifiedOrder(r.Status))
            .ThenByDescending(r => r.Stars ?? 0)
            .ThenBy(r => r.Id)
            .ToList();

        var accentWords = corrected is null ? terms.OriginalWords.Where((w, i) => w != terms.Words[i]).ToList() : [];
        if (accentWords.Count > 0)
        {
            ordered = RerankForAccents(connection, ordered, accentWords, best);
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Max(1, request.Page);
        var pageRows = ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var details = Details(connection, pageRows.Select(r => r.Id));
        var hits = pageRows
            .Select(r => (Row: r, Detail: details[r.Id]))
            .Select(x => new SearchHit(x.Detail.ItemId, x.Row.Kind, x.Detail.Slug, x.Detail.Title, x.Detail.Subtitle,
                x.Row.Group, x.Row.Stars, x.Row.Locality, x.Row.Status, x.Row.Score / best))
            .ToList();

        IEnumerable<Match> CountingFor(Facet facet) => products.Where(p => FacetSelection.CountsFor(p.Missed, facet)).Select(p => p.Row);
        var localityRows = CountingFor(Facet.Locality).Where(r => r.LocalityKey is not null).ToList();

        // Each facet counts what the other filters leave, so choosing one value still shows the alternatives.
        return new SearchResults
        {
            Hits = hits,
            Total = filtered.Count,
            Page = page,
            PageSize = pageSize,
            CorrectedQuery = corrected,
            GroupCounts = Count(CountingFor(Facet.Group), r => r.Group),
            StarCounts = Count(CountingFor(Facet.Stars), r => r.Stars),
            LocalityCounts = localityRows.GroupBy(r => r.LocalityKey!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            LocalityNames = localityRows.GroupBy(r => r.LocalityKey!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Locality!, StringComparer.Ordinal),
            StatusCounts = CountingFor(Facet.Status).GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    /// <summary>Among the best matches, names containing the words exactly as typed, accents included, move up.</summary>
    private static List<Match> RerankForAccents(SqliteConnection connection, List<Match> ordered, List<string> accentWords, double best)
    {
        var head = ordered.Take(AccentRerankDepth).ToList();
        var titles = Details(connection, head.Select(r => r.Id));
        var reranked = head
            .Select(r =>
            {
                var words = titles[r.Id].Title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var exact = accentWords.Count(w => words.Contains(w, StringComparer.Ordinal)) / (double)accentWords.Count;
                return r with { Score = r.Score * (1 + (0.5 * exact)) };
            })
            .OrderByDescending(r => Math.Round(r.Score / best, 2))
            .ThenBy(r => CertifiedOrder(r.Status))
            .ThenByDescending(r => r.Stars ?? 0)
            .ThenBy(r => r.Id);
        return [.. reranked, .. ordered.Skip(AccentRerankDepth)];
    }

    /// <summary>Phase two: what a result shows, for the few rows on the page.</summary>
    private static Dictionary<long, Detail> Details(SqliteConnection connection, IEnumerable<long> ids)
    {
        var list = ids.ToList();
        var details = new Dictionary<long, Detail>(list.Count);
        if (list.Count == 0)
        {
            return details;
        }

        using var command = connection.CreateCommand();
        var names = list.Select((_, i) => $"$id{i}").ToList();
        command.CommandText = $"SELECT id, item_id, slug, title, subtitle FROM docs WHERE id IN ({string.Join(',', names)})";
        for (var i = 0; i < list.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], list[i]);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            details[reader.GetInt64(0)] = new Detail(
                Guid.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
        }

        return details;
    }

    private static Dictionary<int, int> Count(IEnumerable<Match> rows, Func<Match, int?> key) =>
        rows.Where(r => key(r) is not null).GroupBy(r => key(r)!.Value).ToDictionary(g => g.Key, g => g.Count());

    private static int CertifiedOrder(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid or CertificateStatus.Expiring => 0,
        CertificateStatus.DateNotPublished => 1,
        CertificateStatus.Proposed => 2,
        CertificateStatus.NotRated => 3,
        _ => 4,
    };

    private sealed record Match(long Id, SearchItemKind Kind, int? Group, int? Stars, string? Locality, string? LocalityKey, CertificateStatus Status, double Score);

    private sealed record Detail(Guid ItemId, string Slug, string Title, string? Subtitle);
}
