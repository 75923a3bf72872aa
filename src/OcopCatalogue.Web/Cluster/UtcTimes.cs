using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// The cluster tables keep plain UTC <see cref="DateTime"/> values, which both providers compare in SQL (SQLite as
/// ISO text, PostgreSQL as timestamptz); the kind is set on the way in and out, so a value read back is UTC and
/// PostgreSQL never refuses an unspecified one.
/// </summary>
internal static class UtcTimes
{
    public static readonly ValueConverter<DateTime, DateTime> Converter = new(v => AsUtc(v), v => AsUtc(v));

    public static readonly ValueConverter<DateTime?, DateTime?> NullableConverter =
        new(v => v.HasValue ? AsUtc(v.Value) : v, v => v.HasValue ? AsUtc(v.Value) : v);

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
