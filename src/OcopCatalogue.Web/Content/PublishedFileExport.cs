using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Content;

/// <summary>
/// Writes the uSync files of published items (when <see cref="PublishExportOptions.ExportOnPublish"/> is on), and
/// records each file's hash as imported, so the next start does not import back what it has just written. A renamed
/// item's old file goes; a purged item's file goes with it.
/// </summary>
public sealed partial class PublishedFileExport(
    OcopDbContext db,
    IOptions<ContentSyncOptions> sync,
    IOptions<PublishExportOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<PublishedFileExport> logger) : IContentPublishedHandler
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
            var file = await FileOfAsync(item, cancellationToken).ConfigureAwait(false);
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

            var (relativePath, bytes) = found;
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

            record.Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
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

    /// <summary>The item's path under uSync/ and its canonical bytes, as <see cref="ContentExporter"/> writes them; null when the item is gone.</summary>
    private async Task<(string RelativePath, byte[] Bytes)?> FileOfAsync(ContentItemRef item, CancellationToken ct)
    {
        var id = item.Id;
        switch (item.Type)
        {
            case ContentItemType.Producer:
                return await db.Producers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct).ConfigureAwait(false) is { } producer
                    ? Named(USyncFileName.Of(USyncFolders.Producers, producer.Slug), USyncJson.Serialize(USyncMapping.ToFile(producer)))
                    : null;
            case ContentItemType.SalesPoint:
                return await db.SalesPoints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false) is { } point
                    ? Named(USyncFileName.Of(USyncFolders.SalesPoints, point.Slug), USyncJson.Serialize(USyncMapping.ToFile(point)))
                    : null;
            case ContentItemType.Product:
                return await db.Products.AsNoTracking().Include(p => p.SalesPoints).SingleOrDefaultAsync(p => p.Id == id, ct).ConfigureAwait(false) is { } product
                    ? Named(USyncFileName.Of(USyncFolders.Products, product.Slug), USyncJson.Serialize(USyncMapping.ToFile(product)))
                    : null;
            case ContentItemType.Certificate:
                var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct).ConfigureAwait(false);
                var owner = certificate is null ? null
                    : await db.Products.AsNoTracking().Where(p => p.Id == certificate.ProductId).Select(p => p.Slug).SingleOrDefaultAsync(ct).ConfigureAwait(false);
                return certificate is not null && owner is not null
                    ? Named(USyncFileName.OfCertificate(owner, certificate.Sequence), USyncJson.Serialize(USyncMapping.ToFile(certificate)))
                    : null;
            case ContentItemType.Batch:
                var batch = await db.TraceBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct).ConfigureAwait(false);
                var batchOwner = batch is null ? null
                    : await db.Products.AsNoTracking().Where(p => p.Id == batch.ProductId).Select(p => p.Slug).SingleOrDefaultAsync(ct).ConfigureAwait(false);
                return batch is not null && batchOwner is not null
                    ? Named(USyncFileName.OfBatch(batchOwner, batch.LotCode, batch.Id), USyncJson.Serialize(USyncMapping.ToFile(batch)))
                    : null;
            case ContentItemType.Page:
                return await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct).ConfigureAwait(false) is { } page
                    ? Named(USyncFileName.Of(USyncFolders.Pages, page.Slug), USyncJson.Serialize(USyncMapping.ToFile(page)))
                    : null;
            default:
                return null;
        }
    }

    private static (string, byte[]) Named(string relativePath, byte[] bytes) => (relativePath, bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published content written to uSync/{Path}")]
    private partial void LogWritten(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "uSync/{Path} not written for item {Item}: the file belongs to item {Owner}")]
    private partial void LogClash(string path, Guid item, Guid owner);

    [LoggerMessage(Level = LogLevel.Information, Message = "uSync/{Path} removed: its item was renamed or deleted")]
    private partial void LogRemoved(string path);
}
