using System.Globalization;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// The catalogue's "valid certificate runs out" choice (<see cref="CatalogueParameters.Expiry"/>): a calendar month
/// (<c>2027-01</c>), or this month and the five after it (<see cref="CatalogueParameters.WithinSixMonths"/>). Only
/// certificates valid on the list's day count: one that already ran out is "expired", not "expiring".
/// </summary>
public readonly record struct ExpiryChoice
{
    /// <summary>This month and the five after it.</summary>
    public const int WindowMonths = 6;

    private ExpiryChoice(int year, int month)
    {
        Year = year;
        Month = month;
    }

    public static ExpiryChoice WithinSixMonths { get; } = new(0, 0);

    /// <summary>0 for <see cref="WithinSixMonths"/>.</summary>
    public int Year { get; }

    public int Month { get; }

    public bool IsWindow => Year == 0;

    public string Token => IsWindow ? CatalogueParameters.WithinSixMonths : $"{Year:D4}-{Month:D2}";

    public static ExpiryChoice InMonth(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The choice a URL value stands for, or null when it means nothing.</summary>
    public static ExpiryChoice? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == CatalogueParameters.WithinSixMonths)
        {
            return WithinSixMonths;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? InMonth(day)
            : null;
    }

    public bool Includes(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return IsWindow
            ? entry.ExpiryMonthsAhead is >= 0 and < WindowMonths
            : entry.ValidThrough is { } last && last.Year == Year && last.Month == Month;
    }
}
