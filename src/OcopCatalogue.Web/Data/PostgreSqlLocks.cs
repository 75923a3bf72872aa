namespace OcopCatalogue.Web.Data;

/// <summary>
/// The keys of the site's PostgreSQL advisory locks: one 64-bit space per database, so each key starts with "OCOP" in
/// ASCII to stay clear of any other application's locks in the same database.
/// </summary>
internal static class PostgreSqlLocks
{
    private const long Prefix = 0x4F434F50L << 32;

    /// <summary>Held by every writing transaction of the editorial engine, certificates, accounts and the import.</summary>
    public const long Writes = Prefix | 0x100;

    public static long For(ExclusiveWork work) => Prefix | (long)work;
}
