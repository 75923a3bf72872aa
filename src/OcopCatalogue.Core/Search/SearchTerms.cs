using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Core.Search;

/// <summary>
/// What a visitor typed, reduced to the folded words the index holds. Anything that is not a letter or digit
/// separates words, so query syntax (quotes, stars, NEAR, AND/OR) and SQL can never reach the index as syntax.
/// </summary>
public sealed class SearchTerms
{
    public const int MaxInputLength = 200;
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    private SearchTerms(IReadOnlyList<string> words, IReadOnlyList<string> originalWords, bool lastWordIsPartial)
    {
        Words = words;
        OriginalWords = originalWords;
        LastWordIsPartial = lastWordIsPartial;
    }

    /// <summary>Folded words (no marks, đ as d, lower case), in the order typed.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The same words lower-cased with their marks, to prefer exact-accent matches.</summary>
    public IReadOnlyList<string> OriginalWords { get; }

    /// <summary>True when the input did not end with a separator, so the last word may still be being typed.</summary>
    public bool LastWordIsPartial { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? input)
    {
        var text = input ?? "";
        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }

        var original = text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        var words = new List<string>();
        var originals = new List<string>();
        foreach (var raw in SplitWords(original))
        {
            var folded = VietnameseText.Fold(raw);
            if (folded.Length == 0 || !folded.All(char.IsAsciiLetterOrDigit))
            {
                // Scripts other than Latin (emoji, Chinese) never occur in the index; dropping them keeps the rest searchable.
                folded = new string(folded.Where(char.IsAsciiLetterOrDigit).ToArray());
                if (folded.Length == 0)
                {
                    continue;
                }
            }

            words.Add(folded.Length > MaxWordLength ? folded[..MaxWordLength] : folded);
            originals.Add(raw);
            if (words.Count == MaxWords)
            {
                break;
            }
        }

        var partial = text.Length > 0 && char.IsLetterOrDigit(text[^1]);
        return new SearchTerms(words, originals, partial);
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
