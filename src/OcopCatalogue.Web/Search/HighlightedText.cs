using System.Globalization;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.Search;

/// <summary>
/// A title cut into plain and matched pieces, for <c>&lt;mark&gt;</c> in the results. A word of the title is
/// matched when its folded form begins with a folded searched word, so "dau tam" marks "dâu tằm" and "tra x"
/// marks "Trà Xạ". The pieces are plain text: the page writes them with Razor's encoding, never as markup.
/// </summary>
public static class HighlightedText
{
    public static IReadOnlyList<HighlightSegment> Split(string title, IReadOnlyCollection<string> foldedWords)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(foldedWords);
        var segments = new List<HighlightSegment>();
        if (foldedWords.Count == 0)
        {
            segments.Add(new HighlightSegment(title, false));
            return segments;
        }

        var start = 0;
        while (start < title.Length)
        {
            var inWord = IsWordChar(title, start);
            var end = start;
            while (end < title.Length && IsWordChar(title, end) == inWord)
            {
                end++;
            }

            var piece = title[start..end];
            var matched = inWord && foldedWords.Any(w => w.Length > 0 && VietnameseText.Fold(piece).StartsWith(w, StringComparison.Ordinal));
            Append(segments, piece, matched);
            start = end;
        }

        return Merge(segments);
    }

    private static bool IsWordChar(string text, int index) =>
        char.IsLetterOrDigit(text, index)
        || char.IsSurrogate(text[index])
        || CharUnicodeInfo.GetUnicodeCategory(text[index]) == UnicodeCategory.NonSpacingMark;

    private static void Append(List<HighlightSegment> segments, string text, bool matched)
    {
        if (segments.Count > 0 && segments[^1].IsMatch == matched)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new HighlightSegment(text, matched));
        }
    }

    /// <summary>Matched words with only spaces between them become one mark: "<mark>dâu tằm</mark>", not two.</summary>
    private static List<HighlightSegment> Merge(List<HighlightSegment> segments)
    {
        var merged = new List<HighlightSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.IsMatch && merged.Count > 0 && merged[^1].IsMatch && i + 1 < segments.Count && segments[i + 1].IsMatch
                && segment.Text.All(c => c == ' '))
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text + segments[i + 1].Text };
                i++;
                continue;
            }

            if (merged.Count > 0 && merged[^1].IsMatch && segment.IsMatch)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
                continue;
            }

            merged.Add(segment);
        }

        return merged;
    }
}
