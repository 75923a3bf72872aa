using System.Security.Cryptography;

namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// The short code of a product that has no GTIN, used in its stamp's URL (<c>/t/{code}</c>). Random, so codes cannot
/// be guessed or enumerated from one another: 10 characters of 31 give about 49 bits.
/// </summary>
public static class TraceCode
{
    public const int Length = 10;

    /// <summary>Lower-case letters and digits without 0/o, 1/l/i, which people misread when they type a code from a label.</summary>
    public const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
