using System.Security.Cryptography;

namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// The serial (GS1 AI 21) of an issued stamp: 11 characters from 32 symbols that cannot be mistaken for each other
/// when read off a stamp (no 0/O, 1/I), so 55 bits drawn from a cryptographic random source. A counterfeiter who
/// guesses has one chance in 2^55 divided by the stamps issued for the batch. Every symbol is in GS1's character
/// set 82, and 11 characters are within AI 21's limit of 20. A serial packs losslessly into a <see cref="long"/>
/// (5 bits a symbol), so a million issued serials are 8 MB in memory, searched as a sorted array.
/// </summary>
public static class StampSerial
{
    /// <summary>Digits 2–9 and capitals without I and O: 32 symbols, 5 bits each.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public const int Length = 11;

    public const int BitsPerSymbol = 5;

    /// <summary>Randomness in each serial.</summary>
    public const int Bits = Length * BitsPerSymbol;

    private const long ValueMask = (1L << Bits) - 1;

    private static readonly sbyte[] SymbolValues = BuildSymbolValues();

    /// <summary>The serial a packed value stands for.</summary>
    public static string FromValue(long value)
    {
        if (value < 0 || value > ValueMask)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A serial value has at most 55 bits.");
        }

        return string.Create(Length, value, static (chars, v) =>
        {
            for (var i = Length - 1; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(v & 31)];
                v >>= BitsPerSymbol;
            }
        });
    }

    /// <summary>
    /// Reads a serial as scanned. False for anything that cannot have been issued here (wrong length, a symbol
    /// outside the alphabet, lower case): such a serial was never issued, and no lookup is needed to say so.
    /// </summary>
    public static bool TryParse(string? serial, out long value)
    {
        value = 0;
        if (serial is null || serial.Length != Length)
        {
            return false;
        }

        long packed = 0;
        foreach (var c in serial)
        {
            var symbol = c < SymbolValues.Length ? SymbolValues[c] : (sbyte)-1;
            if (symbol < 0)
            {
                value = 0;
                return false;
            }

            packed = (packed << BitsPerSymbol) | (long)(byte)symbol;
        }

        value = packed;
        return true;
    }

    /// <summary>
    /// <paramref name="count"/> new serial values, distinct from each other and from <paramref name="taken"/> (the
    /// batch's serials so far), in random order.
    /// </summary>
    public static long[] Draw(int count, IReadOnlySet<long>? taken = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var drawn = new HashSet<long>(count);
        var result = new long[count];
        var buffer = new byte[sizeof(long) * Math.Min(Math.Max(count, 1), 4096)];
        var filled = 0;
        while (filled < count)
        {
            RandomNumberGenerator.Fill(buffer);
            for (var offset = 0; offset + sizeof(long) <= buffer.Length && filled < count; offset += sizeof(long))
            {
                var value = BitConverter.ToInt64(buffer, offset) & ValueMask;
                // A repeat is astronomically rare (2^-55 a pair), but one would be two packs with one code.
                if ((taken is null || !taken.Contains(value)) && drawn.Add(value))
                {
                    result[filled++] = value;
                }
            }
        }

        return result;
    }

    private static sbyte[] BuildSymbolValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
