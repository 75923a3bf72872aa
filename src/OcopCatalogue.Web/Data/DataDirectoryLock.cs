namespace OcopCatalogue.Web.Data;

/// <summary>
/// Who may use the data directory. A running site (and every command that writes to the content store) holds a
/// shared lock on <c>site.lock</c>, so two starts can overlap as in a restart; <c>restore</c> needs the lock alone
/// and so refuses while anything runs, and nothing can start while a restore replaces the files. The operating
/// system drops the lock when the process ends, even by SIGKILL, so a crash never leaves a stale lock behind.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "site.lock";

    private readonly Lock _gate = new();
    private FileStream? _shared;

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>Takes the shared lock for this process (once); throws when a restore holds the directory.</summary>
    public void HoldShared(string dataDirectory)
    {
        lock (_gate)
        {
            if (_shared is not null)
            {
                return;
            }

            Directory.CreateDirectory(dataDirectory);
            try
            {
                // Read access with sharing allowed is what .NET turns into flock(LOCK_SH) on Linux and macOS.
                _shared = new FileStream(PathIn(dataDirectory), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (IOException e)
            {
                throw new InvalidOperationException($"The data directory {dataDirectory} is being restored from a backup; start the site when the restore has finished.", e);
            }
        }
    }

    /// <summary>The lock alone (for a restore), or null while a site or a command uses the directory.</summary>
    public static FileStream? TryHoldExclusive(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        try
        {
            // FileShare.None is flock(LOCK_EX): refused while any shared holder is alive.
            return new FileStream(PathIn(dataDirectory), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _shared?.Dispose();
            _shared = null;
        }
    }
}
