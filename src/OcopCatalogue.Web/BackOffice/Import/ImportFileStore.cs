using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>
/// Keeps an uploaded list between its preview and its confirmation, named by the SHA-256 of its bytes, so the
/// confirmation imports exactly the file that was previewed and nobody has to upload it again. Only names made here
/// (64 hex digits) are ever opened. Kept in the shared storage directory: the preview and the confirmation may be
/// answered by different servers.
/// </summary>
public sealed partial class ImportFileStore(IOptions<ContentStoreOptions> options, IHostEnvironment environment)
{
    public const string FolderName = "imports";

    /// <summary>Files left behind by previews nobody confirmed are removed after this long.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(2);

    private string Folder => Path.Combine(options.Value.ResolveStorageDirectory(environment), FolderName);

    public static bool IsWellFormedKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    /// <summary>Stores the file and what staff said about it; returns the key to preview and confirm it by.</summary>
    public async Task<string> SaveAsync(byte[] bytes, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Directory.CreateDirectory(Folder);
        RemoveStale();
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await SharedFiles.WriteAsync(Path.Combine(Folder, key + ".csv"), bytes, cancellationToken);
        await SharedFiles.WriteAsync(Path.Combine(Folder, key + ".json"), JsonSerializer.SerializeToUtf8Bytes(settings), cancellationToken);
        return key;
    }

    /// <summary>The stored file and its settings, or null when the key is not one of ours or the file is gone.</summary>
    public async Task<(byte[] Bytes, ImportSettings Settings)?> LoadAsync(string? key, CancellationToken cancellationToken)
    {
        if (!IsWellFormedKey(key))
        {
            return null;
        }

        var csv = Path.Combine(Folder, key + ".csv");
        var json = Path.Combine(Folder, key + ".json");
        if (!File.Exists(csv) || !File.Exists(json))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(csv, cancellationToken);
        // A file changed on disk since its preview is not the file that was previewed.
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != key)
        {
            return null;
        }

        var settings = JsonSerializer.Deserialize<ImportSettings>(await File.ReadAllBytesAsync(json, cancellationToken));
        return settings is null ? null : (bytes, settings);
    }

    public void Delete(string key)
    {
        if (IsWellFormedKey(key))
        {
            File.Delete(Path.Combine(Folder, key + ".csv"));
            File.Delete(Path.Combine(Folder, key + ".json"));
        }
    }

    private void RemoveStale()
    {
        // File times are the file system's, so they are compared with the real clock, not the site's (tests fake that).
        var cutoff = DateTime.UtcNow - KeptFor;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                File.Delete(file);
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
