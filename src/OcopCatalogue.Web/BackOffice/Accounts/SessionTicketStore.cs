using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// Keeps back-office sign-ins in the database (<see cref="StaffSession"/>): the cookie holds a random key only.
/// The cookie handler is a singleton, so each call opens its own scope for the DbContext.
/// </summary>
public sealed class SessionTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        db.Add(new StaffSession
        {
            Id = id,
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ExpiresAt = ExpiryOf(ticket),
        });
        // Expired sessions are removed as new ones start, so the table never grows without bound.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<StaffSession>().Where(s => s.ExpiresAt < now).ExecuteDeleteAsync().ConfigureAwait(false);
        await db.SaveChangesAsync().ConfigureAwait(false);
        return id;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await db.Set<StaffSession>().Where(s => s.Id == key).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Ticket, TicketSerializer.Default.Serialize(ticket))
                .SetProperty(s => s.ExpiresAt, ExpiryOf(ticket)))
            .ConfigureAwait(false);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var session = await db.Set<StaffSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == key).ConfigureAwait(false);
        if (session is null || session.ExpiresAt < clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await db.Set<StaffSession>().Where(s => s.Id == key).ExecuteDeleteAsync().ConfigureAwait(false);
    }

    private DateTime ExpiryOf(AuthenticationTicket ticket) => (ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().AddHours(8)).UtcDateTime;

    /// <summary>Ends every session of a user (account locked, role or producers changed, password changed).</summary>
    public static Task EndSessionsOfAsync(OcopDbContext db, string userId) =>
        db.Set<StaffSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync();
}
