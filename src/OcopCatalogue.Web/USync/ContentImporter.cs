using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// Imports the uSync folder into the content store. Idempotent: a file whose bytes were imported before is skipped
/// (ImportedFiles keeps each file's SHA-256), and a changed file whose content equals the stored item changes no row.
/// Each file is imported in a transaction of its own, so a broken file is reported and skipped while the rest import.
/// What a file holds and how it goes into the store is its type's <see cref="ISyncHandler"/>'s business.
/// </summary>
public sealed partial class ContentImporter(
    OcopDbContext db,
    SyncHandlers handlers,
    ContentPublisher publisher,
    IOptions<ContentSyncOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<ContentImporter> logger)
{
    public const string Origin = "uSync import";

    /// <summary>Imports the configured uSync folder.</summary>
    public Task<ImportReport> ImportAsync(CancellationToken cancellationToken = default) =>
        ImportAsync(options.Value.ResolveUSyncDirectory(environment), cancellationToken);

    public async Task<ImportReport> ImportAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var report = new ImportReport(directory);
        var files = handlers.EnumerateFiles(directory).ToList();
        var onDisk = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var imported = await db.ImportedFiles.AsNoTracking()
            .ToDictionaryAsync(f => f.Path, f => f.Sha256, StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);

        foreach (var (handler, relativePath, fullPath) in files)
        {
            await ImportFileAsync(handler, relativePath, fullPath, imported, onDisk, report, cancellationToken).ConfigureAwait(false);
        }

        foreach (var path in imported.Keys.Where(p => !onDisk.Contains(p)).Order(StringComparer.Ordinal))
        {
            report.AddMissing(path);
            LogMissing(path);
        }

        LogSummary(report.Summary);
        if (report.ChangedAnything)
        {
            await publisher.PublishAsync(new ContentPublished(report.Changes, Origin), cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    private async Task ImportFileAsync(
        ISyncHandler handler,
        string relativePath,
        string fullPath,
        Dictionary<string, string> imported,
        HashSet<string> onDisk,
        ImportReport report,
        CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(fullPath).Length > ContentSyncOptions.MaxFileBytes)
            {
                Fail(report, new ImportProblem(relativePath, null, null, $"the file is larger than {ContentSyncOptions.MaxFileBytes / 1024} KiB."));
                return;
            }

            bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(report, new ImportProblem(relativePath, null, null, $"the file cannot be read: {ex.Message}"));
            return;
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (imported.TryGetValue(relativePath, out var known) && known == sha256)
        {
            report.AddUnchanged(relativePath);
            return;
        }

        var file = new IncomingFile(relativePath, bytes, onDisk);
        try
        {
            var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var outcome = await handler.ImportAsync(file, cancellationToken).ConfigureAwait(false);
                if (outcome is null)
                {
                    foreach (var problem in file.Problems)
                    {
                        Fail(report, problem);
                    }

                    return;
                }

                await RememberFileAsync(relativePath, sha256, outcome.Key, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

                imported[relativePath] = sha256;
                if (outcome.Changes.Count == 0)
                {
                    report.AddUnchanged(relativePath);
                }
                else
                {
                    report.AddChanged(relativePath, outcome.Added, outcome.Changes);
                    LogImported(outcome.Added ? "added" : "updated", relativePath);
                }
            }
        }
        catch (DbUpdateException ex)
        {
            Fail(report, new ImportProblem(relativePath, null, null, $"the database refused the item: {(ex.InnerException ?? ex).Message}"));
        }
        finally
        {
            // Whatever this file staged is either committed or rolled back; the next file starts clean.
            db.ChangeTracker.Clear();
        }
    }

    private async Task RememberFileAsync(string path, string sha256, Guid itemId, CancellationToken ct)
    {
        var record = await db.ImportedFiles.FindAsync([path], ct).ConfigureAwait(false);
        if (record is null)
        {
            record = new ImportedFile { Path = path };
            db.ImportedFiles.Add(record);
        }

        record.Sha256 = sha256;
        record.ItemId = itemId;
        record.ImportedAt = clock.GetUtcNow();
    }

    private void Fail(ImportReport report, ImportProblem problem)
    {
        report.AddProblem(problem);
        LogSkipped(problem.ToString());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "uSync file skipped: {Problem}")]
    private partial void LogSkipped(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "uSync {Change} {Path}")]
    private partial void LogImported(string change, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "uSync file {Path} is no longer on disk; its content stays in the database")]
    private partial void LogMissing(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private partial void LogSummary(string summary);
}
