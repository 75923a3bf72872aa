using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Text;
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
            if (KeyOf(fullPath) is { } key && files.ContainsKey(key))
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
        void Add(Guid key, string folder, string name, byte[] bytes)
        {
            // File names come from slugs; one that is not a well-formed slug could point outside the folder.
            if (!Slug.IsWellFormed(name))
            {
                throw new InvalidOperationException($"Item {key} has the malformed slug '{name}'; it cannot name a file.");
            }

            files.Add(key, ($"{folder}/{name}.json", bytes));
        }

        foreach (var producer in await db.Producers.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(producer.Id, USyncFolders.Producers, producer.Slug, USyncJson.Serialize(USyncMapping.ToFile(producer)));
        }

        foreach (var salesPoint in await db.SalesPoints.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(salesPoint.Id, USyncFolders.SalesPoints, salesPoint.Slug, USyncJson.Serialize(USyncMapping.ToFile(salesPoint)));
        }

        var products = await db.Products.AsNoTracking().Include(p => p.SalesPoints).ToListAsync(ct).ConfigureAwait(false);
        foreach (var product in products)
        {
            Add(product.Id, USyncFolders.Products, product.Slug, USyncJson.Serialize(USyncMapping.ToFile(product)));
        }

        var slugs = products.ToDictionary(p => p.Id, p => p.Slug);
        foreach (var certificate in await db.Certificates.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(certificate.Id, USyncFolders.Certificates, $"{slugs[certificate.ProductId]}-{certificate.Sequence}",
                USyncJson.Serialize(USyncMapping.ToFile(certificate)));
        }

        foreach (var batch in await db.TraceBatches.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(batch.Id, USyncFolders.Batches, $"{slugs[batch.ProductId]}-{Slug.From(batch.LotCode)}", USyncJson.Serialize(USyncMapping.ToFile(batch)));
        }

        foreach (var page in await db.Pages.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            Add(page.Id, USyncFolders.Pages, page.Slug, USyncJson.Serialize(USyncMapping.ToFile(page)));
        }

        return files;
    }

    private static Guid? KeyOf(string fullPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("key", out var key)
                && key.TryGetGuid(out var guid)
                    ? guid
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "uSync file {Path} holds no item of the database; left in place")]
    private partial void LogNotInStore(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private partial void LogSummary(string summary);
}
