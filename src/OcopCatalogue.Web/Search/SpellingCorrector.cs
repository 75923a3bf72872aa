using OcopCatalogue.Core.Search;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// Proposes corrections for mistyped words from the index's own vocabulary (fts5vocab), closest first:
/// fewer edits, then more common words. The vocabulary is cached until the index changes.
/// </summary>
public sealed class SpellingCorrector(SearchIndex index)
{
    private const int MaxCandidatesPerWord = 4;
    private readonly Lock _gate = new();
    private (long Generation, IReadOnlyList<(string Term, int Documents)> Terms)? _vocabulary;

    /// <summary>Candidate replacements for a word (not including the word itself), best first.</summary>
    public IReadOnlyList<string> CandidatesFor(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var tolerance = EditDistance.ToleranceFor(word.Length);
        if (tolerance == 0)
        {
            return [];
        }

        return Vocabulary()
            .Where(t => t.Term != word && Math.Abs(t.Term.Length - word.Length) <= tolerance)
            .Select(t => (t.Term, t.Documents, Distance: EditDistance.Between(word, t.Term, tolerance)))
            .Where(t => t.Distance <= tolerance)
            .OrderBy(t => t.Distance)
            .ThenByDescending(t => t.Documents)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(MaxCandidatesPerWord)
            .Select(t => t.Term)
            .ToList();
    }

    public bool IsKnown(string word) => Vocabulary().Any(t => t.Term == word);

    private IReadOnlyList<(string Term, int Documents)> Vocabulary()
    {
        var generation = index.Generation;
        lock (_gate)
        {
            if (_vocabulary is { } cached && cached.Generation == generation)
            {
                return cached.Terms;
            }
        }

        var terms = new List<(string, int)>();
        using (var connection = index.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT term, doc FROM docs_vocab";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                terms.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }

        lock (_gate)
        {
            _vocabulary = (generation, terms);
        }

        return terms;
    }
}
