using System.Security.Cryptography;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// The file side of <see cref="ContentBackup"/>: copies that are hashed as they are made and synced to disk before
/// they count, so a backup's manifest describes what is really on the disk.
/// </summary>
internal static class BackupFiles
{
    /// <summary>Copies a file, hashing it on the way and syncing the copy to disk before it counts.</summary>
    public static async Task<BackupFile> CopyAsync(string source, string target, string relative, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
        await using (from.ConfigureAwait(false))
        {
            var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (to.ConfigureAwait(false))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    bytes += read;
                }

                to.Flush(flushToDisk: true);
            }
        }

        return new BackupFile(relative, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static async Task<BackupFile> DescribeAsync(string path, string relative, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 81920, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var sha = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return new BackupFile(relative, stream.Length, Convert.ToHexStringLower(sha));
        }
    }

    public static async Task WriteDurablyAsync(string path, string text, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
    }
}
