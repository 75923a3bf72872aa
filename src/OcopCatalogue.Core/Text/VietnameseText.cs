using System.Globalization;
using System.Text;

namespace OcopCatalogue.Core.Text;

/// <summary>Folding of Vietnamese text for matching and slugs: lower case, no tone or vowel marks, đ/Đ as d.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Lower-cases, removes every combining mark (tones, circumflex, breve, horn) and maps đ/Đ to d,
    /// which Unicode decomposition alone never does because đ is a letter of its own, not d plus a mark.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
