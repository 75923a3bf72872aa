using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// The one-time secret of the set-up link printed on start when no account exists. Only its hash is kept, in the
/// store (<see cref="SharedValue"/> <see cref="Name"/>, with the server that issued it), so the link works on every
/// server of a cluster. One link at a time: a server starting while one is open says which server printed it instead
/// of issuing another. The link lasts <see cref="Lifetime"/> at most, and goes when the server that issued it stops
/// (so a restart prints a new one) or when the first administrator is created with it.
/// </summary>
public sealed class SetupToken(SharedValues shared, ClusterNode node, TimeProvider clock) : IHostedService
{
    public const string Name = "setup-token";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The stored value of the link this server issued and has not seen used, to withdraw it on stopping.</summary>
    private string? _issued;

    /// <summary>Issues a new link, replacing any open one, and returns its token (the only time it exists in clear).</summary>
    public async Task<string> IssueAsync(CancellationToken cancellationToken = default)
    {
        if (await shared.FindAsync(Name, cancellationToken).ConfigureAwait(false) is { } open)
        {
            await shared.RemoveAsync(Name, open.Value, cancellationToken).ConfigureAwait(false);
        }

        return await TryIssueAsync(cancellationToken).ConfigureAwait(false) is { Token: { } token }
            ? token
            : throw new InvalidOperationException("Another server issued a set-up link at the same moment.");
    }

    /// <summary>Issues a link unless one is open; returns the token, or who issued the open link.</summary>
    public async Task<SetupIssue> TryIssueAsync(CancellationToken cancellationToken = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var record = new SetupRecord(Hash(token), node.Id, now);
        var value = JsonSerializer.Serialize(record);
        if (await shared.TryAddAsync(Name, value, (now + Lifetime).UtcDateTime, cancellationToken).ConfigureAwait(false))
        {
            _issued = value;
            return new SetupIssue(token, node.Id, now, now + Lifetime);
        }

        var open = await shared.FindAsync(Name, cancellationToken).ConfigureAwait(false);
        var other = open is null ? null : Read(open.Value);
        return new SetupIssue(null, other?.Node ?? "", other?.IssuedUtc ?? now,
            open?.ExpiresUtc is { } expires ? new DateTimeOffset(expires, TimeSpan.Zero) : now);
    }

    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken = default) =>
        await shared.FindAsync(Name, cancellationToken).ConfigureAwait(false) is not null;

    public async Task<bool> MatchesAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || await shared.FindAsync(Name, cancellationToken).ConfigureAwait(false) is not { } open
            || Read(open.Value) is not { } record)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(Hash(token)), Convert.FromHexString(record.Hash));
    }

    /// <summary>
    /// Takes the link for the account being created, inside that change's transaction on <paramref name="db"/>: of
    /// two people posting it at once (on one server or two), one takes it and the other finds it gone. Rolled back
    /// with the change when the account is refused, so the link still works.
    /// </summary>
    public async Task<bool> ClaimAsync(OcopDbContext db, string? token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.SharedValues.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Name == Name && (v.ExpiresUtc == null || v.ExpiresUtc > now), cancellationToken).ConfigureAwait(false);
        if (open is null || Read(open.Value) is not { } record
            || !CryptographicOperations.FixedTimeEquals(Convert.FromHexString(Hash(token)), Convert.FromHexString(record.Hash)))
        {
            return false;
        }

        return await db.SharedValues.Where(v => v.Name == Name && v.Value == open.Value).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A server that stops withdraws the link it printed: its log goes with it, and the next start prints a new one.</summary>
    async Task IHostedService.StopAsync(CancellationToken cancellationToken)
    {
        if (_issued is { } issued)
        {
            await shared.RemoveAsync(Name, issued, cancellationToken).ConfigureAwait(false);
            _issued = null;
        }
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static SetupRecord? Read(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<SetupRecord>(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record SetupRecord(string Hash, string Node, DateTimeOffset IssuedUtc);
}
