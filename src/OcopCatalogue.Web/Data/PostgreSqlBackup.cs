using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// Backups of a PostgreSQL content store and their restore: the database with <c>pg_dump --format=custom</c> (one
/// consistent snapshot, taken while the servers run) and <c>pg_restore --clean --if-exists --no-owner
/// --single-transaction</c> (all or nothing), from Debian's postgresql-client; then the files the site keeps: those
/// every server shares (media originals, decision scans, report photos, in <see cref="StorageOptions.Directory"/>)
/// and this server's data directory's own (as <see cref="ContentBackup"/> keeps them), under the same relative paths
/// as one server's data directory, with sizes and SHA-256 in the manifest as for SQLite. The connection goes to the
/// programs through PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE, never on their command line, where any user of
/// the machine could read the password.
/// </summary>
public sealed class PostgreSqlBackup(string connectionString, string dataDirectory, string storageDirectory)
{
    public const string DumpFileName = "ocop.pgdump";

    /// <summary>The folders kept in shared storage, relative as in a data directory.</summary>
    private static readonly string[] SharedFolders = ["media/originals/", "reports/", "decision-scans/"];

    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string StorageDirectory { get; } = Path.GetFullPath(storageDirectory);

    /// <summary>Writes <c>ocop-backup-{UTC time}</c> under <paramref name="toDirectory"/>; the folder only gets its final name once complete.</summary>
    public async Task<(string Folder, BackupManifest Manifest)> BackupAsync(string toDirectory, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        toDirectory = Path.GetFullPath(toDirectory);
        Directory.CreateDirectory(toDirectory);
        var folder = ContentBackup.FreeName(Path.Combine(toDirectory, "ocop-backup-" + ContentBackup.Stamp(now)));
        var partial = folder + ".partial";
        Directory.CreateDirectory(partial);
        BackupManifest manifest;
        try
        {
            var dump = Path.Combine(partial, DumpFileName);
            await RunAsync("pg_dump", ["--format=custom", "--no-password", "--file=" + dump], cancellationToken).ConfigureAwait(false);
            var files = new List<BackupFile> { await BackupFiles.DescribeAsync(dump, DumpFileName, cancellationToken).ConfigureAwait(false) };
            foreach (var relative in KeptFiles(toDirectory))
            {
                try
                {
                    files.Add(await BackupFiles.CopyAsync(SourceOf(relative), Path.Combine(partial, relative), relative, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
                {
                    // Deleted since the listing (a replaced file): the database no longer needs it.
                }
            }

            manifest = new BackupManifest(BackupManifest.CurrentFormat, now, files, BackupManifest.PostgreSqlProvider);
            await BackupFiles.WriteDurablyAsync(Path.Combine(partial, BackupManifest.FileName), manifest.ToJson(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            ContentBackup.DeleteQuietly(partial);
            throw new InvalidOperationException($"The backup could not be written to {toDirectory}: {e.Message.TrimEnd('.')}. The incomplete copy was removed; no backup was made.", e);
        }

        Directory.Move(partial, folder);
        return (folder, manifest);
    }

    /// <summary>
    /// Restores the database and the files of a backup taken by <see cref="BackupAsync"/>, refusing a backup of
    /// SQLite's store, a damaged backup (every file checked against the manifest first) and a data directory this
    /// machine's site or a command still uses. The database is replaced in one transaction; files are put in place
    /// each under a temporary name first. Files that are not in the backup are left where they are.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string fromDirectory, CancellationToken cancellationToken = default)
    {
        fromDirectory = Path.GetFullPath(fromDirectory);
        var manifest = BackupManifest.ReadFrom(fromDirectory)
            ?? throw new InvalidOperationException($"{fromDirectory} has no backup manifest ({BackupManifest.FileName}).");
        manifest.RequireStore(DatabaseProvider.PostgreSql);
        if (!manifest.Files.Any(f => f.Path == DumpFileName))
        {
            throw new InvalidOperationException($"The backup in {fromDirectory} has no database dump ({DumpFileName}).");
        }

        foreach (var file in manifest.Files)
        {
            var source = ContentBackup.Inside(fromDirectory, file.Path);
            var found = File.Exists(source) ? await BackupFiles.DescribeAsync(source, file.Path, cancellationToken).ConfigureAwait(false) : null;
            if (found != file)
            {
                throw new InvalidOperationException($"The backup is damaged: {file.Path} is missing or differs from the manifest. Nothing was restored.");
            }
        }

        Directory.CreateDirectory(DataDirectory);
        using var exclusive = DataDirectoryLock.TryHoldExclusive(DataDirectory)
            ?? throw new InvalidOperationException($"The site (or a command) is using {DataDirectory}. Stop it (and every other server on the database) first; nothing was restored.");
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new InvalidOperationException("ConnectionStrings:Ocop names no database.");
        await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--no-password",
            "--dbname=" + database, Path.Combine(fromDirectory, DumpFileName)], cancellationToken).ConfigureAwait(false);
        // This server's search index describes the content before the restore: it is built anew on the next start.
        foreach (var index in Directory.EnumerateFiles(DataDirectory, "search.db*"))
        {
            File.Delete(index);
        }

        foreach (var file in manifest.Files.Where(f => f.Path != DumpFileName))
        {
            var target = ContentBackup.Inside(IsShared(file.Path) ? StorageDirectory : DataDirectory, file.Path);
            if (File.Exists(target) && await BackupFiles.DescribeAsync(target, file.Path, cancellationToken).ConfigureAwait(false) == file)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".restore.part");
            File.Delete(partial);
            await BackupFiles.CopyAsync(ContentBackup.Inside(fromDirectory, file.Path), partial, file.Path, cancellationToken).ConfigureAwait(false);
            File.Move(partial, target, overwrite: true);
        }

        return manifest;
    }

    /// <summary>The PostgreSQL client program: Debian's newest under /usr/lib/postgresql (pg_dump must be at least the server's version), else the PATH's.</summary>
    internal static string FindProgram(string name)
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin", name))
                .Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
        return debian ?? onPath ?? throw new InvalidOperationException(
            $"{name} was not found (on the PATH or under /usr/lib/postgresql/*/bin): install Debian's postgresql-client.");
    }

    private static bool IsShared(string relative) => SharedFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal));

    private string SourceOf(string relative) => Path.Combine(IsShared(relative) ? StorageDirectory : DataDirectory, relative);

    /// <summary>The data directory's own files and the shared folders' files, relative as in one server's data directory.</summary>
    private List<string> KeptFiles(string backupRoot)
    {
        var own = ContentBackup.KeptFiles(DataDirectory, backupRoot);
        if (StorageDirectory == DataDirectory)
        {
            return [.. own];
        }

        return [.. own.Where(f => !IsShared(f)), .. ContentBackup.KeptFiles(StorageDirectory, backupRoot).Where(IsShared)];
    }

    private async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(FindProgram(program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        Set(start, "PGHOST", connection.Host);
        Set(start, "PGPORT", connection.Port.ToString(CultureInfo.InvariantCulture));
        Set(start, "PGUSER", connection.Username);
        Set(start, "PGPASSWORD", connection.Password);
        Set(start, "PGDATABASE", connection.Database);
        if (connection.SslMode != SslMode.Prefer)
        {
            Set(start, "PGSSLMODE", connection.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                _ => "verify-full",
            });
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await output.ConfigureAwait(false);
        var complaint = (await errors.ConfigureAwait(false)).Trim();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {complaint}");
        }
    }

    private static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }
}
