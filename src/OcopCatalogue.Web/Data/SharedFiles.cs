namespace OcopCatalogue.Web.Data;

/// <summary>
/// Writes into shared storage (<see cref="StorageOptions.Directory"/>) so that another server never sees half a file
/// under its final name: the bytes go to a temporary name in the target's own folder, then one rename on that file
/// system gives them the final name. (A move from the data directory onto a network file system is a copy, visible
/// while it runs; a rename within one folder is not.)
/// </summary>
public static class SharedFiles
{
    /// <summary>Moves a finished file to <paramref name="target"/>, which must not exist yet.</summary>
    public static void MoveInto(string source, string target)
    {
        var partial = PartialName(target);
        try
        {
            File.Move(source, partial);
            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="target"/>, which must not exist yet.</summary>
    public static async Task WriteAsync(string target, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var partial = PartialName(target);
        try
        {
            var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static string PartialName(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".part");
}
