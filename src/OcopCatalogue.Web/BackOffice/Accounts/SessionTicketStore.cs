using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// Keeps back-office sign-ins in the database (<see cref="StaffSession"/>): the cookie holds a random key only.
/// The cookie handler is a singleton, so each call opens its own scope for the DbContext.
/// </summary>
public sealed class SessionTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    private static readonly object CurrentSessionKey = new();

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        db.Add(new StaffSession
        {
            Id = id,
            UserId = UserOf(ticket),
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
        var userId = UserOf(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        // A row keeps the account it was made for: a ticket of another account (a sign-in over a session that did
        // not go through a ReplacesSession page) ends the row instead, or it would answer as one account while a
        // lock, role or password change looks for the other's rows.
        await db.Set<StaffSession>().Where(s => s.Id == key && s.UserId != userId).ExecuteDeleteAsync().ConfigureAwait(false);
        await db.Set<StaffSession>().Where(s => s.Id == key && s.UserId == userId).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Ticket, TicketSerializer.Default.Serialize(ticket))
                .SetProperty(s => s.ExpiresAt, ExpiryOf(ticket)))
            .ConfigureAwait(false);
    }

    /// <summary>The cookie handler's call: a sign-in post (<see cref="ReplacesSessionAttribute"/>) ends the session it carries.</summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (HttpMethods.IsPost(httpContext.Request.Method)
            && httpContext.GetEndpoint()?.Metadata.GetMetadata<ReplacesSessionAttribute>() is not null)
        {
            // Read before the page runs: with no session read, the handler stores a new row and key for whoever
            // signs in, and the session this browser had ends whatever the outcome (the form was posted anew).
            await RemoveAsync(key).ConfigureAwait(false);
            return null;
        }

        var ticket = await RetrieveAsync(key).ConfigureAwait(false);
        if (ticket is not null)
        {
            httpContext.Items[CurrentSessionKey] = key;
        }

        return ticket;
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

        var ticket = TicketSerializer.Default.Deserialize(session.Ticket);
        if (ticket is null || UserOf(ticket) != session.UserId)
        {
            // A row answering as an account it does not name would survive that account's lock: never honoured.
            await db.Set<StaffSession>().Where(s => s.Id == key).ExecuteDeleteAsync().ConfigureAwait(false);
            return null;
        }

        return ticket;
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await db.Set<StaffSession>().Where(s => s.Id == key).ExecuteDeleteAsync().ConfigureAwait(false);
    }

    private static string UserOf(AuthenticationTicket ticket) => ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private DateTime ExpiryOf(AuthenticationTicket ticket) => (ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().AddHours(8)).UtcDateTime;

    /// <summary>Ends every session of a user (signed out, account locked, role or producers changed, password changed).</summary>
    public static Task EndSessionsOfAsync(OcopDbContext db, string userId) =>
        db.Set<StaffSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync();

    /// <summary>
    /// Ends every session of a user but the one the request came with (a password change): the cookie handler can
    /// only renew the key the request carried, so ending that one too would sign the person out of the page
    /// they are on.
    /// </summary>
    public static Task EndOtherSessionsOfAsync(OcopDbContext db, string userId, HttpContext request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = request.Items.TryGetValue(CurrentSessionKey, out var key) ? key as string : null;
        return db.Set<StaffSession>().Where(s => s.UserId == userId && s.Id != current).ExecuteDeleteAsync();
    }
}
