using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// What the model needs on PostgreSQL so the site behaves as it does on SQLite. The model is otherwise the same; the
/// PostgreSQL migrations (Data/Migrations/PostgreSql) are made from it and checked against it.
/// </summary>
internal static class PostgreSqlModel
{
    /// <summary>
    /// The collation of every text column: byte order, as SQLite's BINARY. Equality stays exact (slugs, keys; the
    /// case-insensitive e-mail lookups go through Identity's upper-cased columns on both), and lists ordered in SQL
    /// (producers in a product's form, staff by e-mail, lot codes) come out in the same order on both providers,
    /// whatever locale the province's server was set up with.
    /// </summary>
    public const string TextCollation = "C";

    public static void StoreTimesInUtc(ModelConfigurationBuilder configurationBuilder) =>
        // timestamptz keeps an instant, and Npgsql refuses a DateTimeOffset whose offset is not zero (a uSync file or
        // a clock in Vietnam time has +07:00): the same instant in UTC is stored, and read back with offset zero.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffset>();

    public static void CompareTextAsSqliteDoes(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsMappedToJson()))
        {
            foreach (var property in entity.GetDeclaredProperties().Where(p => p.ClrType == typeof(string) && p.GetValueConverter() is null))
            {
                property.SetCollation(TextCollation);
            }
        }
    }

    internal sealed class UtcDateTimeOffset() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
