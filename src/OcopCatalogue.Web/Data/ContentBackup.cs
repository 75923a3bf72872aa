using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// Backups of a data directory and their restore. A backup is taken while the site runs: the database through
/// <c>VACUUM INTO</c> (one read transaction, so a consistent snapshot that waits for no one), then the files the
/// site keeps (media, reports, keys, ...), each with its size and SHA-256 in <c>manifest.json</c>. Derived
/// artifacts (the search index, image renditions, work folders) are left out: the site rebuilds them.
/// </summary>
public sealed class ContentBackup(string dataDirectory)
{
    private const string StagingPrefix = ".restore-";
    private const string PreviousPrefix = ".before-restore-";

    // Top-level files that are either taken another way (the database) or derived and rebuilt on start.
    private static readonly HashSet<string> SkippedTopLevelFiles = new(StringComparer.Ordinal)
    {
        ContentStoreExtensions.DatabaseFileName + "-wal",
        ContentStoreExtensions.DatabaseFileName + "-shm",
        ContentStoreExtensions.DatabaseFileName + "-journal",
        "search.db", "search.db-wal", "search.db-shm", "search.db-journal",
        DataDirectoryLock.FileName,
        // How far this server had replayed other servers' changes: it goes with the search index, which a restore
        // rebuilds, and a restored site starts from the restored store's newest instruction.
        Cluster.InstructionReplay.PositionFileName,
    };

    // Folders of renditions and half-finished uploads: derived or temporary.
    private static readonly string[] SkippedFolders = ["media/cache/", "media/work/"];

    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    private string DatabasePath => Path.Combine(DataDirectory, ContentStoreExtensions.DatabaseFileName);

    /// <summary>Writes <c>ocop-backup-{UTC time}</c> under <paramref name="toDirectory"/>; the folder only gets its final name once complete.</summary>
    public async Task<(string Folder, BackupManifest Manifest)> BackupAsync(string toDirectory, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(DatabasePath))
        {
            throw new InvalidOperationException($"There is no content database at {DatabasePath}.");
        }

        toDirectory = Path.GetFullPath(toDirectory);
        Directory.CreateDirectory(toDirectory);
        var folder = FreeName(Path.Combine(toDirectory, "ocop-backup-" + Stamp(now)));
        var partial = folder + ".partial";
        Directory.CreateDirectory(partial);

        BackupManifest manifest;
        try
        {
            var files = new List<BackupFile>();
            var snapshot = Path.Combine(partial, ContentStoreExtensions.DatabaseFileName);
            await BackupDatabase.SnapshotAsync(DatabasePath, snapshot, cancellationToken).ConfigureAwait(false);
            files.Add(await BackupFiles.DescribeAsync(snapshot, ContentStoreExtensions.DatabaseFileName, cancellationToken).ConfigureAwait(false));

            foreach (var relative in KeptFiles(toDirectory))
            {
                try
                {
                    files.Add(await BackupFiles.CopyAsync(Path.Combine(DataDirectory, relative), Path.Combine(partial, relative), relative, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
                {
                    // Deleted by the site since the listing (a replaced file): the database snapshot no longer needs it.
                }
            }

            manifest = new BackupManifest(BackupManifest.CurrentFormat, now, files, BackupManifest.SqliteProvider);
            await BackupFiles.WriteDurablyAsync(Path.Combine(partial, BackupManifest.FileName), manifest.ToJson(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SqliteException)
        {
            // Typically a full disk: the half-written copy would only hold on to the space that ran out.
            DeleteQuietly(partial);
            throw new InvalidOperationException($"The backup could not be written to {toDirectory}: {e.Message.TrimEnd('.')}. The incomplete copy was removed; no backup was made.", e);
        }

        Directory.Move(partial, folder);
        return (folder, manifest);
    }

    /// <summary>
    /// Replaces the data directory's content by the backup's, refusing while the site or a command holds the
    /// directory. The backup is checked against its manifest and copied into a complete staging copy first. On Linux,
    /// where the file system allows, the staging copy sits beside the data directory and the two are exchanged in
    /// one step (renameat2 with RENAME_EXCHANGE): at every moment, crash included, the data directory's path holds
    /// either all of the previous files or all of the backup's. Elsewhere (another OS, the data directory a mount
    /// point, a parent folder the restore may not write, an owner other than the restorer, a file system that
    /// refuses the exchange) the staging folder is inside the data directory and the entries are renamed one by one,
    /// so a failure leaves complete copies on disk but not necessarily in place. Returns the folder where the
    /// previous files now are.
    /// </summary>
    public async Task<(string Previous, BackupManifest Manifest)> RestoreAsync(string fromDirectory, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        fromDirectory = Path.GetFullPath(fromDirectory);
        var manifest = BackupManifest.ReadFrom(fromDirectory)
            ?? throw new InvalidOperationException($"{fromDirectory} has no backup manifest ({BackupManifest.FileName}).");
        manifest.RequireStore(DatabaseProvider.Sqlite);
        if (!manifest.Files.Any(f => f.Path == ContentStoreExtensions.DatabaseFileName))
        {
            throw new InvalidOperationException($"The backup in {fromDirectory} has no content database.");
        }

        foreach (var file in manifest.Files)
        {
            var source = Inside(fromDirectory, file.Path);
            var found = File.Exists(source) ? await BackupFiles.DescribeAsync(source, file.Path, cancellationToken).ConfigureAwait(false) : null;
            if (found != file)
            {
                throw new InvalidOperationException($"The backup is damaged: {file.Path} is missing or differs from the manifest. Nothing was restored.");
            }
        }

        using var exclusive = DataDirectoryLock.TryHoldExclusive(DataDirectory)
            ?? throw new InvalidOperationException($"The site (or a command) is using {DataDirectory}. Stop it first; nothing was restored.");

        var stamp = Stamp(now);
        var beside = ExchangeAllowed ? StagingBeside(stamp) : null;
        var staging = beside?.Staging ?? FreeName(Path.Combine(DataDirectory, StagingPrefix + stamp));
        try
        {
            foreach (var file in manifest.Files)
            {
                var copied = await BackupFiles.CopyAsync(Inside(fromDirectory, file.Path), Inside(staging, file.Path), file.Path, cancellationToken).ConfigureAwait(false);
                if (copied != file)
                {
                    throw new InvalidOperationException($"{file.Path} changed while it was copied; nothing was restored (the copy is in {staging}).");
                }
            }

            var check = await IntegrityAsync(Path.Combine(staging, ContentStoreExtensions.DatabaseFileName), cancellationToken).ConfigureAwait(false);
            if (check != "ok")
            {
                throw new InvalidOperationException($"The backup's database fails its integrity check ({check}); nothing was restored.");
            }

            // The current database takes its write-ahead log in, so it moves aside as one self-contained file.
            if (File.Exists(DatabasePath))
            {
                await BackupDatabase.CheckpointAsync(DatabasePath, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SqliteException)
        {
            // Nothing in the data directory has changed yet. A full disk is the usual cause, so the partial copy,
            // which only holds on to space, goes.
            DeleteQuietly(staging);
            throw new InvalidOperationException($"The backup could not be staged in {staging}: {e.Message.TrimEnd('.')}. Nothing was restored; the data directory is unchanged.", e);
        }

        AfterStep?.Invoke(RestoreStep.Staged);
        var previous = FreeName(Path.Combine(DataDirectory, PreviousPrefix + stamp));
        if (beside is { } swap)
        {
            if (Exchange(swap.Directory, swap.Staging, previous))
            {
                return (previous, manifest);
            }

            // Refused by the file system: the staging copy goes inside (one rename; where even that fails, nothing
            // has changed) and the entries are renamed from there, on the data directory's own file system.
            staging = FreeName(Path.Combine(DataDirectory, StagingPrefix + stamp));
            Directory.Move(swap.Staging, staging);
        }

        Directory.CreateDirectory(previous);
        foreach (var entry in TopLevelEntries(DataDirectory).Where(e => !IsOwnBookkeeping(e)))
        {
            Move(Path.Combine(DataDirectory, entry), Path.Combine(previous, entry));
        }

        foreach (var entry in TopLevelEntries(staging))
        {
            Move(Path.Combine(staging, entry), Path.Combine(DataDirectory, entry));
        }

        Directory.Delete(staging);
        return (previous, manifest);
    }

    /// <summary>Called after each step of a restore; a test throws from it to interrupt the restore there.</summary>
    internal Action<RestoreStep>? AfterStep { get; init; }

    /// <summary>False makes a restore stage inside the data directory and rename entry by entry, as where the directories cannot be exchanged.</summary>
    internal bool ExchangeAllowed { get; init; } = true;

    /// <summary>The exchange itself; a test stands in a file system that refuses it.</summary>
    internal Func<string, string, bool> ExchangeDirectories { get; init; } = DirectoryExchange.TryExchange;

    /// <summary>The points between the steps of a restore that changes the data directory.</summary>
    internal enum RestoreStep
    {
        /// <summary>The backup is copied and checked in the staging folder; nothing in the data directory changed.</summary>
        Staged,

        /// <summary>The directories are exchanged: the data directory holds the backup, the staging path the previous files.</summary>
        Exchanged,

        /// <summary>Earlier restores' folders are back inside the data directory; the previous files are still beside it.</summary>
        EarlierRestoresCarriedOver,
    }

    /// <summary>
    /// An empty staging folder beside the data directory that can take its place: same file system (so the data
    /// directory is no mount point), same owner and group, same permissions. Where the data directory is a symbolic
    /// link, beside the folder it points to, which is what is exchanged (exchanging the link would replace it by a
    /// folder). Null, with nothing left behind, where there is none to be had.
    /// </summary>
    private (string Directory, string Staging)? StagingBeside(string stamp)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var directory = new DirectoryInfo(DataDirectory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? DataDirectory;
        if (Path.GetDirectoryName(directory) is not { } parent)
        {
            return null;
        }

        var staging = FreeName(Path.Combine(parent, $".{Path.GetFileName(directory)}{StagingPrefix}{stamp}"));
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (!DirectoryExchange.AreInterchangeable(staging, directory))
        {
            Directory.Delete(staging);
            return null;
        }

        File.SetUnixFileMode(staging, File.GetUnixFileMode(directory));
        return (directory, staging);
    }

    /// <summary>
    /// Exchanges the complete staging copy with the data directory, then moves the previous files (now at the
    /// staging path) into <paramref name="previous"/> inside it. False, with nothing changed, when the file system
    /// refuses the exchange.
    /// </summary>
    private bool Exchange(string directory, string staging, string previous)
    {
        // The staged copy's lock file, held alone like the data directory's, goes in with it: a site starting at any
        // moment of the switch finds a held lock under the data directory's path and refuses, as it would before.
        using (var stagedLock = DataDirectoryLock.TryHoldExclusive(staging))
        {
            if (stagedLock is null || !ExchangeDirectories(staging, directory))
            {
                stagedLock?.Dispose();
                File.Delete(DataDirectoryLock.PathIn(staging));
                return false;
            }

            DirectoryExchange.Sync(Path.GetDirectoryName(directory)!);
            AfterStep?.Invoke(RestoreStep.Exchanged);

            // staging now names the previous data directory. Earlier restores' folders stay where users look for
            // them, inside the data directory; its lock file (still held by the caller) has nothing left to guard.
            foreach (var entry in TopLevelEntries(staging).Where(e => IsOwnBookkeeping(e) && e != DataDirectoryLock.FileName))
            {
                Move(Path.Combine(staging, entry), Path.Combine(directory, entry));
            }

            AfterStep?.Invoke(RestoreStep.EarlierRestoresCarriedOver);
            File.Delete(DataDirectoryLock.PathIn(staging));
            Directory.Move(staging, Path.Combine(directory, Path.GetFileName(previous)));
            DirectoryExchange.Sync(directory);
            DirectoryExchange.Sync(Path.GetDirectoryName(directory)!);
        }

        return true;
    }

    /// <summary><c>PRAGMA integrity_check</c> of a database file: "ok" or SQLite's first complaint.</summary>
    public static Task<string> IntegrityAsync(string database, CancellationToken cancellationToken = default) =>
        BackupDatabase.IntegrityAsync(database, cancellationToken);

    internal static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the person to remove; the error that stopped the backup or restore is the one to report.
        }
    }

    /// <summary>Files under the data directory a backup keeps, relative with <c>/</c>.</summary>
    private IEnumerable<string> KeptFiles(string backupRoot) => KeptFiles(DataDirectory, backupRoot);

    /// <summary>Files under <paramref name="root"/> (a data directory) a backup keeps, relative with <c>/</c>.</summary>
    internal static IEnumerable<string> KeptFiles(string root, string backupRoot)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", options))
        {
            // A backup folder inside the data directory is not backed up into the next backup.
            if (path.StartsWith(backupRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            var topLevel = relative.Split('/')[0];
            if (relative == ContentStoreExtensions.DatabaseFileName
                || SkippedTopLevelFiles.Contains(relative)
                || IsOwnBookkeeping(topLevel)
                || SkippedFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal)))
            {
                continue;
            }

            yield return relative;
        }
    }

    private static bool IsOwnBookkeeping(string topLevelEntry) =>
        topLevelEntry == DataDirectoryLock.FileName
        || topLevelEntry.StartsWith(StagingPrefix, StringComparison.Ordinal)
        || topLevelEntry.StartsWith(PreviousPrefix, StringComparison.Ordinal);

    private static IEnumerable<string> TopLevelEntries(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName).OfType<string>()];

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    /// <summary>A manifest path resolved under <paramref name="root"/>; a path that would leave it is refused.</summary>
    internal static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The backup manifest names a path outside the backup: {relative}");
        }

        return full;
    }

    internal static string Stamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "Z";

    internal static string FreeName(string path)
    {
        var candidate = path;
        for (var n = 2; Directory.Exists(candidate) || Directory.Exists(candidate + ".partial") || File.Exists(candidate); n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }
}
