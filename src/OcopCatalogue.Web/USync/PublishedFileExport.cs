using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// Writes the uSync files of published items (when <see cref="PublishExportOptions.ExportOnPublish"/> is on), and
/// records each file's hash as imported, so the next start does not import back what it has just written. A renamed
/// item's old file goes; a purged item's file goes with it.
/// </summary>
public sealed partial class PublishedFileExport(
    OcopDbContext db,
    SyncHandlers handlers,
    IOptions<ContentSyncOptions> sync,
    IOptions<PublishExportOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<PublishedFileExport> logger) : IOriginOnlyContentHandler
{
    public async Task HandleAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        // An import's changes came from these very files.
        if (!options.Value.ExportOnPublish || notification.Origin == ContentImporter.Origin)
        {
            return;
        }

        var directory = sync.Value.ResolveUSyncDirectory(environment);
        var clashes = new List<string>();
        foreach (var item in notification.Items.Distinct())
        {
            var file = handlers.For(item.Type) is { } handler ? await handler.FileOfAsync(item.Id, cancellationToken).ConfigureAwait(false) : null;
            var known = await db.ImportedFiles.Where(f => f.ItemId == item.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var stale in known.Where(k => k.Path != file?.RelativePath))
            {
                File.Delete(Path.Combine(directory, stale.Path));
                db.ImportedFiles.Remove(stale);
                LogRemoved(stale.Path);
            }

            if (file is not { } found)
            {
                continue;
            }

            var (_, relativePath, bytes) = found;
            var fullPath = Path.Combine(directory, relativePath);
            if (await OwnerOfAsync(relativePath, fullPath, cancellationToken).ConfigureAwait(false) is { } owner && owner != item.Id)
            {
                // Never write over another item's file: its content would be lost from uSync/ and its record
                // would name the wrong item. The editor hears of it (ContentPublisher reports the failure).
                LogClash(relativePath, item.Id, owner);
                clashes.Add(relativePath);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await File.WriteAllBytesAsync(fullPath, bytes, cancellationToken).ConfigureAwait(false);
            var record = known.FirstOrDefault(k => k.Path == relativePath);
            if (record is null)
            {
                record = new ImportedFile { Path = relativePath };
                db.ImportedFiles.Add(record);
            }

            record.Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
            record.ItemId = item.Id;
            record.ImportedAt = clock.GetUtcNow();
            LogWritten(relativePath);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (clashes.Count > 0)
        {
            throw new InvalidOperationException($"uSync files not written, as they belong to other items: {string.Join(", ", clashes)}.");
        }
    }

    /// <summary>The item whose file <paramref name="relativePath"/> is, by the import record or the file's own key; null when nobody's.</summary>
    private async Task<Guid?> OwnerOfAsync(string relativePath, string fullPath, CancellationToken ct)
    {
        var recorded = await db.ImportedFiles.AsNoTracking().Where(f => f.Path == relativePath).Select(f => (Guid?)f.ItemId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return recorded ?? (File.Exists(fullPath) ? USyncFileName.KeyIn(fullPath) : null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published content written to uSync/{Path}")]
    private partial void LogWritten(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "uSync/{Path} not written for item {Item}: the file belongs to item {Owner}")]
    private partial void LogClash(string path, Guid item, Guid owner);

    [LoggerMessage(Level = LogLevel.Information, Message = "uSync/{Path} removed: its item was renamed or deleted")]
    private partial void LogRemoved(string path);
}
