using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Search;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// Ranked, faceted search over the index. BM25 with field weights (name, producer, locality, group, story),
/// then a bonus for whole-word and exact-accent matches, then certified products first at equal relevance.
/// When the typed words find nothing, mistyped words are corrected from the index's vocabulary.
/// </summary>
public sealed class SiteSearch(SearchIndex index, SpellingCorrector corrector, TimeProvider clock)
{
    /// <summary>How many combinations of corrected words are tried before giving up.</summary>
    private const int MaxCorrectionAttempts = 24;

    private const string StatusSql = """
        CASE
            WHEN d.revoked_on IS NOT NULL AND d.revoked_on <= $today THEN 5
            WHEN d.cert = 0 THEN 0
            WHEN d.cert = 1 THEN 1
            WHEN d.cert = 2 THEN 6
            WHEN d.cert = 3 OR d.expires_on <= $today THEN 4
            WHEN d.expires_on <= $soon THEN 3
            ELSE 2
        END
        """;

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var terms = SearchTerms.Parse(request.Query);
        if (terms.IsEmpty)
        {
            return Task.FromResult(SearchResults.Empty);
        }

        using var connection = index.Open();
        var matches = Match(connection, terms.Words, terms.LastWordIsPartial, cancellationToken);
        string? corrected = null;
        if (matches.Count == 0)
        {
            (matches, corrected) = MatchCorrected(connection, terms, cancellationToken);
        }

        return Task.FromResult(Rank(matches, terms, request, corrected));
    }

    private List<Row> Match(SqliteConnection connection, IReadOnlyList<string> words, bool lastIsPrefix, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.item_id, d.kind, d.slug, d.title, d.title_lower, d.f_name, d.subtitle, d.grp, d.stars, d.locality,
                   {StatusSql} AS status,
                   bm25(docs_fts, 10.0, 5.0, 3.0, 2.0, 1.0) AS score
            FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid
            WHERE docs_fts MATCH $match
            """;
        command.Parameters.AddWithValue("$match", MatchExpression(words, lastIsPrefix));
        command.Parameters.AddWithValue("$today", today.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$soon", today.AddDays(Certificate.ExpiringWithinDays).ToString("O", CultureInfo.InvariantCulture));
        var rows = new List<Row>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(new Row(
                Guid.Parse(reader.GetString(0)),
                (SearchItemKind)reader.GetInt32(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                (CertificateStatus)reader.GetInt32(10),
                -reader.GetDouble(11)));
        }

        return rows;
    }

    /// <summary>
    /// Tries corrected spellings: one word changed before two, closest candidates first,
    /// and keeps the first combination that finds anything.
    /// </summary>
    private (List<Row> Rows, string? Corrected) MatchCorrected(SqliteConnection connection, SearchTerms terms, CancellationToken cancellationToken)
    {
        var words = terms.Words;
        var candidates = words.Select(w => corrector.CandidatesFor(w)).ToList();
        var attempts = 0;
        foreach (var combination in Combinations(words, candidates))
        {
            if (++attempts > MaxCorrectionAttempts)
            {
                break;
            }

            // A corrected last word is a whole word, not a prefix being typed.
            var rows = Match(connection, combination, lastIsPrefix: false, cancellationToken);
            if (rows.Count > 0)
            {
                return (rows, string.Join(' ', combination));
            }
        }

        return ([], null);
    }

    private static IEnumerable<IReadOnlyList<string>> Combinations(IReadOnlyList<string> words, List<IReadOnlyList<string>> candidates)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var candidate in candidates[i])
            {
                yield return Replace(words, (i, candidate));
            }
        }

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

    /// <summary>Each word quoted, so nothing typed is read as FTS5 syntax; the last one as a prefix while typing.</summary>
    private static string MatchExpression(IReadOnlyList<string> words, bool lastIsPrefix)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            builder.Append('"').Append(words[i]).Append('"');
            if (i == words.Count - 1 && lastIsPrefix)
            {
                builder.Append('*');
            }

            builder.Append(' ');
        }

        return builder.ToString().TrimEnd();
    }

    private static SearchResults Rank(List<Row> rows, SearchTerms terms, SearchRequest request, string? corrected)
    {
        var searchedWords = corrected?.Split(' ') ?? terms.Words.ToArray();
        var accentWords = corrected is null && terms.OriginalWords.Where((w, i) => w != terms.Words[i]).Any()
            ? terms.OriginalWords
            : [];
        var scored = rows.Select(r => r with { Score = r.Score * (1 + Bonus(r, searchedWords, accentWords)) }).ToList();
        // BM25's scale depends on the collection (tiny when every document has the word), so "equal relevance"
        // is judged relative to the best match: within one percent counts as equal.
        var best = scored.Count == 0 ? 1 : Math.Max(scored.Max(r => r.Score), double.Epsilon);

        bool InKinds(Row r) => request.Kinds.Count == 0 || request.Kinds.Contains(r.Kind);
        bool InGroup(Row r) => request.Group is not { } g || r.Group == g;
        bool InStars(Row r) => request.Stars.Count == 0 || (r.Stars is { } s && request.Stars.Contains(s));
        bool InLocality(Row r) => string.IsNullOrEmpty(request.Locality) || r.Locality == request.Locality;
        bool InStatus(Row r) => request.Status is not { } st || r.Status == st;

        var scoped = scored.Where(InKinds).ToList();
        var products = scoped.Where(r => r.Kind == SearchItemKind.Product).ToList();
        var filtered = scoped.Where(r => InGroup(r) && InStars(r) && InLocality(r) && InStatus(r)).ToList();

        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Max(1, request.Page);
        var hits = filtered
            .OrderByDescending(r => Math.Round(r.Score / best, 2))
            .ThenBy(r => CertifiedOrder(r.Status))
            .ThenByDescending(r => r.Stars ?? 0)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new SearchHit(r.ItemId, r.Kind, r.Slug, r.Title, r.Subtitle, r.Group, r.Stars, r.Locality, r.Status, r.Score))
            .ToList();

        // Each facet counts what the other filters leave, so choosing one value still shows the alternatives.
        return new SearchResults
        {
            Hits = hits,
            Total = filtered.Count,
            Page = page,
            PageSize = pageSize,
            CorrectedQuery = corrected,
            GroupCounts = Count(products.Where(r => InStars(r) && InLocality(r) && InStatus(r)), r => r.Group),
            StarCounts = Count(products.Where(r => InGroup(r) && InLocality(r) && InStatus(r)), r => r.Stars),
            LocalityCounts = products.Where(r => InGroup(r) && InStars(r) && InStatus(r) && r.Locality is not null)
                .GroupBy(r => r.Locality!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            StatusCounts = products.Where(r => InGroup(r) && InStars(r) && InLocality(r))
                .GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    private static Dictionary<int, int> Count(IEnumerable<Row> rows, Func<Row, int?> key) =>
        rows.Where(r => key(r) is not null).GroupBy(r => key(r)!.Value).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Whole-word matches in the name beat prefix matches, and a name typed with its accents beats a folded match.</summary>
    private static double Bonus(Row row, string[] foldedWords, IReadOnlyList<string> accentWords)
    {
        var nameWords = row.FoldedTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var whole = foldedWords.Count(w => nameWords.Contains(w, StringComparer.Ordinal)) / (double)foldedWords.Length;
        if (accentWords.Count == 0)
        {
            return 0.5 * whole;
        }

        var titleWords = row.TitleLower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var exact = accentWords.Count(w => titleWords.Contains(w, StringComparer.Ordinal)) / (double)accentWords.Count;
        return (0.5 * whole) + (0.5 * exact);
    }

    private static int CertifiedOrder(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid or CertificateStatus.Expiring => 0,
        CertificateStatus.DateNotPublished => 1,
        CertificateStatus.Proposed => 2,
        CertificateStatus.NotRated => 3,
        _ => 4,
    };

    private sealed record Row(
        Guid ItemId,
        SearchItemKind Kind,
        string Slug,
        string Title,
        string TitleLower,
        string FoldedTitle,
        string? Subtitle,
        int? Group,
        int? Stars,
        string? Locality,
        CertificateStatus Status,
        double Score);
}
