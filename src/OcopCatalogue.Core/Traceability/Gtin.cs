namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// Global Trade Item Numbers (GS1 AI 01). GTIN-8, -12, -13 and -14 are one number written at different lengths:
/// padded with leading zeros to 14 digits they compare equal, so the site stores and links the 14-digit form.
/// </summary>
public static class Gtin
{
    public const int Length = 14;

    /// <summary>The GS1 mod-10 check digit for the data digits (all digits but the last).</summary>
    public static int CheckDigit(ReadOnlySpan<char> dataDigits)
    {
        var sum = 0;
        // Weights alternate 3, 1, 3, ... starting from the rightmost data digit, whatever the length.
        for (var i = 0; i < dataDigits.Length; i++)
        {
            var digit = dataDigits[dataDigits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>
    /// The 14-digit form of a GTIN-8, -12, -13 or -14, or null with the reason it is not one.
    /// </summary>
    public static string? Normalise(string? text, out string? reason)
    {
        if (string.IsNullOrEmpty(text))
        {
            reason = "the GTIN is empty.";
            return null;
        }

        if (!text.All(char.IsAsciiDigit))
        {
            reason = $"the GTIN '{text}' holds characters other than the digits 0-9.";
            return null;
        }

        if (text.Length is not (8 or 12 or 13 or 14))
        {
            reason = $"the GTIN has {text.Length} digits; a GTIN has 8, 12, 13 or 14.";
            return null;
        }

        var expected = CheckDigit(text.AsSpan(0, text.Length - 1));
        if (text[^1] - '0' != expected)
        {
            reason = $"the check digit of GTIN {text} is {text[^1]}, but its digits give {expected}.";
            return null;
        }

        reason = null;
        return text.PadLeft(Length, '0');
    }

    public static bool IsValid(string? text) => Normalise(text, out _) is not null;
}
