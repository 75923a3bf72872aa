using Microsoft.Data.Sqlite;
using Npgsql;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// Recognises a failure to write because the disk is full or failing, not because of a bug: SQLite's
/// <c>SQLITE_FULL</c> (13) and <c>SQLITE_IOERR</c> (10), PostgreSQL's <c>disk_full</c> (53100) and <c>io_error</c>
/// (58030), and the operating system's "no space left" for files
/// (media, reports). EF wraps them in <c>DbUpdateException</c>, so inner exceptions are searched too.
/// </summary>
public static class StorageFailure
{
    /// <summary>Set in <c>HttpContext.Items</c> when a request failed this way, for the page that explains it.</summary>
    public const string ItemKey = "ocop.storage-failure";

    private const int SqliteFull = 13;
    private const int SqliteIoError = 10;
    // Windows: ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL as HRESULTs; Unix: ENOSPC and EDQUOT as .NET reports them.
    private static readonly int[] DiskFullResults = [unchecked((int)0x80070027), unchecked((int)0x80070070), 28, 122];

    /// <summary>"full", "io-error" or "disk-full"; null for any other failure.</summary>
    public static string? Of(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: var code } when (code & 0xFF) == SqliteFull:
                    return "full";
                case SqliteException { SqliteErrorCode: var code } when (code & 0xFF) == SqliteIoError:
                    return "io-error";
                case PostgresException { SqlState: PostgresErrorCodes.DiskFull }:
                    return "full";
                case PostgresException { SqlState: PostgresErrorCodes.IoError }:
                    return "io-error";
                case IOException io when DiskFullResults.Contains(io.HResult):
                    return "disk-full";
            }
        }

        return null;
    }
}
