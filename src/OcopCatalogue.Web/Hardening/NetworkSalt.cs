using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// The per-installation secret of <see cref="Core.Traceability.NetworkKey"/>: random bytes created once, so keys cannot
/// be reversed by hashing every /24 without it. Kept in the store (<see cref="SharedValue"/> <see cref="Name"/>), so
/// every server keys a network alike: the clone caution and the rate limits count one network across the cluster.
/// Read at start (<see cref="LoadAsync"/>); a site that kept it in its data directory before
/// (<see cref="FileName"/>) brings those bytes along, so the keys it has stored stay comparable.
/// </summary>
public sealed class NetworkSalt(SharedValues shared, IOptions<ContentStoreOptions> options, IHostEnvironment environment)
{
    public const string Name = "network-salt";
    public const string FileName = "network-salt.bin";

    private byte[]? _bytes;

    public byte[] Bytes => _bytes ?? throw new InvalidOperationException("The network salt is read at start, after the store is migrated (ClusterExtensions.ShareServerStateAsync).");

    /// <summary>Reads the shared salt, creating it (from the old file when there is one) on the first start.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await shared.GetOrAddAsync(Name, () =>
        {
            var file = Path.Combine(options.Value.ResolveDataDirectory(environment), FileName);
            return Convert.ToBase64String(File.Exists(file) ? File.ReadAllBytes(file) : RandomNumberGenerator.GetBytes(32));
        }, cancellationToken).ConfigureAwait(false);
        _bytes = Convert.FromBase64String(stored);
    }
}
