using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// The per-installation secret of <see cref="Core.Traceability.NetworkKey"/>: random bytes created once in the data
/// directory, so keys cannot be reversed by hashing every /24 without this file.
/// </summary>
public sealed class NetworkSalt(IOptions<ContentStoreOptions> options, IHostEnvironment environment)
{
    public const string FileName = "network-salt.bin";

    private readonly Lazy<byte[]> _bytes = new(() => LoadOrCreate(Path.Combine(options.Value.ResolveDataDirectory(environment), FileName)));

    public byte[] Bytes => _bytes.Value;

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var salt = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(salt);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs so keys stay comparable.
            return File.ReadAllBytes(path);
        }

        return salt;
    }
}
