using Microsoft.AspNetCore.Identity;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// One account change and its audit entry as one transaction. Identity's UserManager saves after each of its calls
/// (a role removed, then another added; two-factor sign-in turned on, then its recovery codes), so a write failing
/// half-way (a full disk) or a refused step would leave an account half-changed, or changed without its audit
/// entry. UserManager's store, the session table and the audit trail all write through the request's content
/// database, so everything the change writes is kept when it ends with success and nothing otherwise. After a
/// refusal the context tracks nothing: read the account again (entities loaded before are stale).
/// </summary>
/// <remarks>Nothing inside may write through another scope (signing in stores a session from its own scope): that
/// would wait for this transaction's write lock. Sign in after the change.</remarks>
internal static class AccountChange
{
    public static async Task<IdentityResult> CommitAsync(OcopDbContext db, Func<Task<IdentityResult>> change)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        IdentityResult result;
        var transaction = await db.Database.BeginWriteTransactionAsync().ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            result = await change().ConfigureAwait(false);
            if (result.Succeeded)
            {
                await transaction.CommitAsync().ConfigureAwait(false);
                return result;
            }
        }

        // Disposing the transaction rolled back what the steps before the refusal wrote, but the tracked accounts
        // still hold those values: forgotten, so the page shows the account as stored.
        db.ChangeTracker.Clear();
        return result;
    }
}
