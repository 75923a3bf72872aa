using System.Security.Cryptography;
using System.Text;

namespace OcopCatalogue.Web.BackOffice.Accounts;

/// <summary>
/// The one-time secret of the set-up link printed on first start when no account exists. Only its hash is kept,
/// in memory: a restart issues a new one, and once the first administrator exists there is none.
/// </summary>
public sealed class SetupToken
{
    private readonly Lock _gate = new();
    private byte[]? _hash;

    /// <summary>Issues a new token and returns it (the only time it exists in clear).</summary>
    public string Issue()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        lock (_gate)
        {
            _hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        }

        return token;
    }

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _hash is not null;
            }
        }
    }

    public bool Matches(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var candidate = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        lock (_gate)
        {
            return _hash is not null && CryptographicOperations.FixedTimeEquals(candidate, _hash);
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _hash = null;
        }
    }
}
