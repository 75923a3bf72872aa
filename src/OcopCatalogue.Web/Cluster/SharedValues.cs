using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Reads and writes <see cref="SharedValue"/> rows. Creating one is a single insert that does nothing when the name
/// exists already (the same statement on SQLite and PostgreSQL), so servers racing to create it agree on one value:
/// whichever insert came first.
/// </summary>
public sealed class SharedValues(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The value stored under the name, or null when there is none or it has expired.</summary>
    public async Task<SharedValue?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return await scope.ServiceProvider.GetRequiredService<OcopDbContext>().SharedValues.AsNoTracking()
                .SingleOrDefaultAsync(v => v.Name == name && (v.ExpiresUtc == null || v.ExpiresUtc > now), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stores <paramref name="value"/> unless a value that has not expired is stored under the name; returns true when
    /// this call stored it. An expired value is replaced.
    /// </summary>
    public async Task<bool> TryAddAsync(string name, string value, DateTime? expiresUtc, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.SharedValues.Where(v => v.Name == name && v.ExpiresUtc != null && v.ExpiresUtc <= now)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            var inserted = expiresUtc is { } expires
                ? await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "SharedValues" ("Name", "Value", "ExpiresUtc") VALUES ({name}, {value}, {expires})
                    ON CONFLICT ("Name") DO NOTHING
                    """, cancellationToken).ConfigureAwait(false)
                : await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "SharedValues" ("Name", "Value", "ExpiresUtc") VALUES ({name}, {value}, NULL)
                    ON CONFLICT ("Name") DO NOTHING
                    """, cancellationToken).ConfigureAwait(false);
            return inserted == 1;
        }
    }

    /// <summary>The value under the name: the one stored, or <paramref name="candidate"/> once it is stored.</summary>
    public async Task<string> GetOrAddAsync(string name, Func<string> candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (await FindAsync(name, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return stored.Value;
        }

        await TryAddAsync(name, candidate(), null, cancellationToken).ConfigureAwait(false);
        return (await FindAsync(name, cancellationToken).ConfigureAwait(false))?.Value
            ?? throw new InvalidOperationException($"The shared value {name} was neither found nor stored.");
    }

    /// <summary>Removes the value under the name when it is still <paramref name="value"/>; true when removed.</summary>
    public async Task<bool> RemoveAsync(string name, string value, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<OcopDbContext>().SharedValues.Where(v => v.Name == name && v.Value == value)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }
}
