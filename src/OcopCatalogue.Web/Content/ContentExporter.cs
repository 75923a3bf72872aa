using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Content;

/// <summary>
/// Writes every item of the content store to uSync files in the canonical format, so that importing the result
/// changes nothing. Files whose bytes already match are not touched (their dates stay, diffs stay quiet).
/// </summary>
public sealed partial class ContentExporter(
    OcopDbContext db,
    IOptions<ContentSyncOptions> options,
    IHostEnvironment environment,
    ILogger<ContentExporter> logger)
{
    /// <summary>Exports into the configured uSync folder.</summary>
    public Task<ExportReport> ExportAsync(CancellationToken cancellationToken = default) =>
        ExportAsync(options.Value.ResolveUSyncDirectory(environment), cancellationToken);

    public async Task<ExportReport> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        directory = Path.GetFullPath(directory);
        var files = await CanonicalFilesAsync(cancellationToken).ConfigureAwait(false);
        var report = new ExportReport(directory);

        foreach (var (relativePath, bytes) in files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var fullPath = Path.Combine(directory, relativePath);
            if (File.Exists(fullPath)
                && (await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes))
            {
                report.AddUnchanged(relativePath);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await File.WriteAllBytesAsync(fullPath, bytes, cancellationToken).ConfigureAwait(false);
            report.AddWritten(relativePath);
        }

        var written = files.Values.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, relativePath, fullPath) in USyncFolders.EnumerateFiles(directory).Where(f => !written.Contains(f.RelativePath)))
        {
            if (USyncFileName.KeyIn(fullPath) is { } key && files.ContainsKey(key))
            {
                File.Delete(fullPath);
                report.AddRemoved(relativePath);
            }
            else
            {
                report.AddNotInStore(relativePath);
                LogNotInStore(relativePath);
            }
        }

        LogSummary(report.Summary);
        return report;
    }

    /// <summary>Every item's file, by key.</summary>
    private async Task<Dictionary<Guid, (string RelativePath, byte[] Bytes)>> CanonicalFilesAsync(CancellationToken ct)
    {
        var files = new Dictionary<Guid, (string, byte[])>();
        var paths = new Dictionary<string, Guid>(StringComparer.Ordinal);
        void Add(Guid key, string relativePath, byte[] bytes)
        {
            // Two items in one file would leave only the last one written; refuse rather than lose one.
            if (!paths.TryAdd(relativePath, key))
            {
                throw new InvalidOperationException($"Items {paths[relativePath]} and {key} would both be written to {relativePath}.");
            }

            files.Add(key, (relativePath, bytes));
        }

        foreach (var producer in await db.Producers.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(producer.Id, USyncFileName.Of(USyncFolders.Producers, producer.Slug), USyncJson.Serialize(USyncMapping.ToFile(producer)));
        }

        foreach (var salesPoint in await db.SalesPoints.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(salesPoint.Id, USyncFileName.Of(USyncFolders.SalesPoints, salesPoint.Slug), USyncJson.Serialize(USyncMapping.ToFile(salesPoint)));
        }

        var products = await db.Products.AsNoTracking().Include(p => p.SalesPoints).ToListAsync(ct).ConfigureAwait(false);
        foreach (var product in products)
        {
            Add(product.Id, USyncFileName.Of(USyncFolders.Products, product.Slug), USyncJson.Serialize(USyncMapping.ToFile(product)));
        }

        var slugs = products.ToDictionary(p => p.Id, p => p.Slug);
        foreach (var certificate in await db.Certificates.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(certificate.Id, USyncFileName.OfCertificate(slugs[certificate.ProductId], certificate.Sequence),
                USyncJson.Serialize(USyncMapping.ToFile(certificate)));
        }

        foreach (var batch in await db.TraceBatches.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(batch.Id, USyncFileName.OfBatch(slugs[batch.ProductId], batch.LotCode, batch.Id), USyncJson.Serialize(USyncMapping.ToFile(batch)));
        }

        foreach (var page in await db.Pages.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(page.Id, USyncFileName.Of(USyncFolders.Pages, page.Slug), USyncJson.Serialize(USyncMapping.ToFile(page)));
        }

        return files;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "uSync file {Path} holds no item of the database; left in place")]
    private partial void LogNotInStore(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private partial void LogSummary(string summary);
}
