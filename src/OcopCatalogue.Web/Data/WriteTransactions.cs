using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// The transaction of a change that reads and then writes (a new version numbered after the last, a certificate's
/// next sequence, an account's roles with its audit entry). SQLite gives such a transaction the write lock at its
/// start (Microsoft.Data.Sqlite begins <c>IMMEDIATE</c>), so changes run one after another and each reads what the one
/// before wrote. PostgreSQL's READ COMMITTED would let two of them read the same "last" and then collide; a
/// transaction-scoped advisory lock taken first gives them the same one-at-a-time order across every server. The scan
/// log does not take it: its inserts read nothing.
/// </summary>
public static class WriteTransactions
{
    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var transaction = await database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (database.IsNpgsql())
        {
            try
            {
                await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgreSqlLocks.Writes})", cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        return transaction;
    }
}
