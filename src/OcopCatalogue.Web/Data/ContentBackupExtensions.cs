using System.Globalization;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Data;

public static class ContentBackupExtensions
{
    public const string BackupCommand = "backup";
    public const string RestoreCommand = "restore";

    /// <summary>
    /// Runs <c>backup --to DIR</c> (while the site runs or not) or <c>restore --from DIR</c> (only while it is stopped)
    /// instead of the web server. Returns false when the arguments name neither.
    /// </summary>
    public static async Task<bool> RunBackupCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var command = args.FirstOrDefault(a => a is BackupCommand or RestoreCommand);
        if (command is null)
        {
            return false;
        }

        if (ContentStoreExtensions.ProviderOf(app.Services) == DatabaseProvider.PostgreSql)
        {
            // The backup copies SQLite's file with VACUUM INTO; PostgreSQL's pg_dump/pg_restore is not built in yet, and a
            // backup of the data directory alone would pass for complete without the content.
            await Console.Error.WriteLineAsync($"{command} works with the SQLite content store only so far; for PostgreSQL use pg_dump and pg_restore, and copy the data directory's files (keys/, media/, reports/, decision-scans/).").ConfigureAwait(false);
            Environment.ExitCode = 1;
            return true;
        }

        var dataDirectory = app.Services.GetRequiredService<IOptions<ContentStoreOptions>>().Value.ResolveDataDirectory(app.Environment);
        var backup = new ContentBackup(dataDirectory);
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var option = command == BackupCommand ? "--to" : "--from";
        var at = Array.IndexOf(args, option);
        if (at < 0 || at + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync($"Usage: {command} {option} <directory>").ConfigureAwait(false);
            Environment.ExitCode = 2;
            return true;
        }

        // A directory typed on the command line is relative to where the command was typed.
        var directory = Path.GetFullPath(args[at + 1]);
        try
        {
            if (command == BackupCommand)
            {
                var (folder, manifest) = await backup.BackupAsync(directory, clock.GetUtcNow()).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Backup written to {folder}: {manifest.Files.Count} files, {manifest.TotalBytes} bytes, SHA-256 of each in {BackupManifest.FileName}.")).ConfigureAwait(false);
            }
            else
            {
                var (previous, manifest) = await backup.RestoreAsync(directory, clock.GetUtcNow()).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Restored {manifest.Files.Count} files ({manifest.TotalBytes} bytes) of the backup taken {manifest.CreatedAt:u} into {backup.DataDirectory}; the previous files are in {previous}. The search index is rebuilt when the site next starts.")).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"{command} failed: {e.Message}").ConfigureAwait(false);
            Environment.ExitCode = 1;
        }

        return true;
    }
}
