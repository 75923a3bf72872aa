using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238, as Identity's own provider checks them), each accepted once: the time step of
/// the last code used is kept per account (an Identity user token) and a code of a step not newer is refused, for
/// signing in as for turning two-factor sign-in on or off. Identity's provider takes a code again for as long as it
/// is in its window, so one code seen over a shoulder, or sent twice, completed two sign-ins.
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider(OcopDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string TokenProvider = "[OcopAuthenticator]";
    public const string LastUsedStep = "LastUsedTimeStep";
    private const int StepSeconds = 30;

    // Codes of two steps either side of now pass, as with Identity's provider: phones' clocks drift.
    private const int Drift = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false));
    }

    // The app on the phone makes the codes; the site never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = FromBase32(await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false));
        if (secret is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        long? matched = null;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(CodeAt(secret, step), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                matched = step;
            }
        }

        return matched is { } used && await UseStepAsync(user.Id, used).ConfigureAwait(false);
    }

    /// <summary>
    /// Records <paramref name="step"/> as the account's last used one if it is newer. The update names the value it
    /// read, so of two sign-ins racing with the same code only one changes the row and passes.
    /// </summary>
    private async Task<bool> UseStepAsync(string userId, long step)
    {
        var value = step.ToString(CultureInfo.InvariantCulture);
        var last = db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == TokenProvider && t.Name == LastUsedStep);
        var stored = await last.Select(t => new { t.Value }).FirstOrDefaultAsync().ConfigureAwait(false);
        if (stored is not null)
        {
            if (long.TryParse(stored.Value, CultureInfo.InvariantCulture, out var used) && used >= step)
            {
                return false;
            }

            return await last.Where(t => t.Value == stored.Value)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Value, value)).ConfigureAwait(false) == 1;
        }

        // The account's first code: a second request inserting the same row at once fails on its key.
        var first = new IdentityUserToken<string> { UserId = userId, LoginProvider = TokenProvider, Name = LastUsedStep, Value = value };
        db.UserTokens.Add(first);
        try
        {
            await db.SaveChangesAsync().ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(first).State = EntityState.Detached;
            return false;
        }
    }

    private static byte[] CodeAt(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // Authenticator apps compute HMAC-SHA1 (RFC 6238); the site must compute the same.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff) % 1_000_000;
        return System.Text.Encoding.ASCII.GetBytes(code.ToString("D6", CultureInfo.InvariantCulture));
    }

    private static byte[]? FromBase32(string? key)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key.TrimEnd('='))
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }

        return [.. bytes];
    }
}
