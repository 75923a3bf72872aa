using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Content.Files;
using OcopCatalogue.Web.Content.Publishing;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Content;

/// <summary>
/// Imports the uSync folder into the content store. Idempotent: a file whose bytes were imported before is skipped
/// (ImportedFiles keeps each file's SHA-256), and a changed file whose content equals the stored item changes no row.
/// Each file is imported in a transaction of its own, so a broken file is reported and skipped while the rest import.
/// </summary>
public sealed partial class ContentImporter(
    OcopDbContext db,
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
        var files = USyncFolders.EnumerateFiles(directory).ToList();
        var onDisk = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var imported = await db.ImportedFiles.AsNoTracking()
            .ToDictionaryAsync(f => f.Path, f => f.Sha256, StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);

        foreach (var (folder, relativePath, fullPath) in files)
        {
            await ImportFileAsync(folder, relativePath, fullPath, imported, onDisk, report, cancellationToken).ConfigureAwait(false);
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
        string folder,
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

        var file = new FileBeingImported(relativePath, bytes, onDisk);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var outcome = folder switch
                {
                    USyncFolders.Producers => await ImportProducerAsync(file, cancellationToken).ConfigureAwait(false),
                    USyncFolders.SalesPoints => await ImportSalesPointAsync(file, cancellationToken).ConfigureAwait(false),
                    USyncFolders.Products => await ImportProductAsync(file, cancellationToken).ConfigureAwait(false),
                    USyncFolders.Certificates => await ImportCertificateAsync(file, cancellationToken).ConfigureAwait(false),
                    USyncFolders.Batches => await ImportBatchAsync(file, cancellationToken).ConfigureAwait(false),
                    USyncFolders.Pages => await ImportPageAsync(file, cancellationToken).ConfigureAwait(false),
                    _ => throw new InvalidOperationException($"No import for folder '{folder}'."),
                };

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

    private async Task<Outcome?> ImportProducerAsync(FileBeingImported file, CancellationToken ct)
    {
        if (file.Read<ProducerFile>() is not { } data || !file.Check(USyncRules.Check(data))
            || !await KeyIsFreeAsync(file, data.Key, ct).ConfigureAwait(false))
        {
            return null;
        }

        var slugOwner = await db.Producers.Where(p => p.Slug == data.Slug && p.Id != data.Key).Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (slugOwner is { } owner)
        {
            return await SlugTakenAsync(file, data.Slug, owner, ct).ConfigureAwait(false);
        }

        var entity = await db.Producers.SingleOrDefaultAsync(p => p.Id == data.Key, ct).ConfigureAwait(false);
        var added = entity is null;
        if (entity is not null && Same(USyncMapping.ToFile(entity), data))
        {
            return Outcome.Unchanged(data.Key);
        }

        entity = Upsert(db.Producers, entity, e => USyncMapping.Apply(data, e));
        entity.UpdatedAt = clock.GetUtcNow();
        return new Outcome(data.Key, added, [new ContentItemRef(ContentItemType.Producer, data.Key)]);
    }

    private async Task<Outcome?> ImportSalesPointAsync(FileBeingImported file, CancellationToken ct)
    {
        if (file.Read<SalesPointFile>() is not { } data || !file.Check(USyncRules.Check(data))
            || !await KeyIsFreeAsync(file, data.Key, ct).ConfigureAwait(false))
        {
            return null;
        }

        var slugOwner = await db.SalesPoints.Where(s => s.Slug == data.Slug && s.Id != data.Key).Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (slugOwner is { } owner)
        {
            return await SlugTakenAsync(file, data.Slug, owner, ct).ConfigureAwait(false);
        }

        var entity = await db.SalesPoints.SingleOrDefaultAsync(s => s.Id == data.Key, ct).ConfigureAwait(false);
        var added = entity is null;
        if (entity is not null && Same(USyncMapping.ToFile(entity), data))
        {
            return Outcome.Unchanged(data.Key);
        }

        entity = Upsert(db.SalesPoints, entity, e => USyncMapping.Apply(data, e));
        entity.UpdatedAt = clock.GetUtcNow();
        return new Outcome(data.Key, added, [new ContentItemRef(ContentItemType.SalesPoint, data.Key)]);
    }

    private async Task<Outcome?> ImportProductAsync(FileBeingImported file, CancellationToken ct)
    {
        if (file.Read<ProductFile>() is not { } read || !file.Check(USyncRules.Check(read))
            || !await KeyIsFreeAsync(file, read.Key, ct).ConfigureAwait(false))
        {
            return null;
        }

        var data = USyncMapping.Canonical(read);
        var slugOwner = await db.Products.Where(p => p.Slug == data.Slug && p.Id != data.Key).Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (slugOwner is { } owner)
        {
            return await SlugTakenAsync(file, data.Slug, owner, ct).ConfigureAwait(false);
        }

        var codeOwner = await db.Products
            .Where(p => p.Id != data.Key && ((data.Gtin != null && p.Gtin == data.Gtin) || (data.TraceCode != null && p.TraceCode == data.TraceCode)))
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (codeOwner is { } other)
        {
            var usedBy = await DescribeAsync(other, ct).ConfigureAwait(false);
            file.Fail(data.Gtin is null ? "traceCode" : "gtin", data.Gtin is null
                ? $"traceCode '{data.TraceCode}' is already used by {usedBy}."
                : $"gtin {data.Gtin} (or this product's traceCode) is already used by {usedBy}.");
            return null;
        }

        if (data.Producer is { } producerKey
            && !await db.Producers.AnyAsync(p => p.Id == producerKey, ct).ConfigureAwait(false))
        {
            file.Fail("producer", $"producer {producerKey} is not a known producer key; is its file in uSync/{USyncFolders.Producers} and free of errors?");
            return null;
        }

        var wanted = data.SalesPoints;
        var salesPoints = await db.SalesPoints.Where(s => wanted.Contains(s.Id)).ToListAsync(ct).ConfigureAwait(false);
        var unknown = wanted.Except(salesPoints.Select(s => s.Id)).ToList();
        if (unknown.Count > 0)
        {
            file.Fail("salesPoints", $"salesPoints names unknown key(s) {string.Join(", ", unknown)}; is each file in uSync/{USyncFolders.SalesPoints} and free of errors?");
            return null;
        }

        var entity = await db.Products.Include(p => p.SalesPoints).SingleOrDefaultAsync(p => p.Id == data.Key, ct).ConfigureAwait(false);
        var added = entity is null;
        if (entity is not null && Same(USyncMapping.ToFile(entity), data))
        {
            return Outcome.Unchanged(data.Key);
        }

        entity = Upsert(db.Products, entity, e =>
        {
            USyncMapping.Apply(data, e);
            // Edit the relation in place so EF sees exactly which links were added and removed.
            e.SalesPoints.RemoveAll(s => !wanted.Contains(s.Id));
            e.SalesPoints.AddRange(salesPoints.Where(s => !e.SalesPoints.Contains(s)));
        });
        entity.UpdatedAt = clock.GetUtcNow();
        return new Outcome(data.Key, added, [new ContentItemRef(ContentItemType.Product, data.Key)]);
    }

    private async Task<Outcome?> ImportCertificateAsync(FileBeingImported file, CancellationToken ct)
    {
        if (file.Read<CertificateFile>() is not { } read || !file.Check(USyncRules.Check(read))
            || !await KeyIsFreeAsync(file, read.Key, ct).ConfigureAwait(false))
        {
            return null;
        }

        var data = USyncMapping.Canonical(read);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == data.Product, ct).ConfigureAwait(false);
        if (product is null)
        {
            file.Fail("product", $"product {data.Product} is not a known product key; is its file in uSync/{USyncFolders.Products} and free of errors?");
            return null;
        }

        var sequenceOwner = await db.Certificates
            .Where(c => c.ProductId == data.Product && c.Sequence == data.Sequence && c.Id != data.Key)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (sequenceOwner is { } owner)
        {
            file.Fail("sequence", $"product '{product.Slug}' already has certificate {data.Sequence} ({await DescribeAsync(owner, ct).ConfigureAwait(false)}).");
            return null;
        }

        var entity = await db.Certificates.SingleOrDefaultAsync(c => c.Id == data.Key, ct).ConfigureAwait(false);
        var added = entity is null;
        if (entity is not null && Same(USyncMapping.ToFile(entity), data))
        {
            return Outcome.Unchanged(data.Key);
        }

        Upsert(db.Certificates, entity, e => USyncMapping.Apply(data, e));
        // The product page shows its certificates, so the product has changed for readers (and caches) too.
        product.UpdatedAt = clock.GetUtcNow();
        return new Outcome(data.Key, added,
            [new ContentItemRef(ContentItemType.Certificate, data.Key), new ContentItemRef(ContentItemType.Product, product.Id)]);
    }

    private async Task<Outcome?> ImportBatchAsync(FileBeingImported file, CancellationToken ct)
    {
        if (file.Read<BatchFile>() is not { } data || !file.Check(USyncRules.Check(data))
            || !await KeyIsFreeAsync(file, data.Key, ct).ConfigureAwait(false))
        {
            return null;
        }

        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == data.Product, ct).ConfigureAwait(false);
        if (product is null)
        {
            file.Fail("product", $"product {data.Product} is not a known product key; is its file in uSync/{USyncFolders.Products} and free of errors?");
            return null;
        }

        var lotOwner = await db.TraceBatches
            .Where(b => b.ProductId == data.Product && b.LotCode == data.LotCode && b.Id != data.Key)
            .Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (lotOwner is { } owner)
        {
            file.Fail("lotCode", $"product '{product.Slug}' already has lot '{data.LotCode}' ({await DescribeAsync(owner, ct).ConfigureAwait(false)}).");
            return null;
        }

        var entity = await db.TraceBatches.SingleOrDefaultAsync(b => b.Id == data.Key, ct).ConfigureAwait(false);
        var added = entity is null;
        if (entity is not null && Same(USyncMapping.ToFile(entity), data))
        {
            return Outcome.Unchanged(data.Key);
        }

        entity = Upsert(db.TraceBatches, entity, e => USyncMapping.Apply(data, e));
        entity.UpdatedAt = clock.GetUtcNow();
        return new Outcome(data.Key, added, [new ContentItemRef(ContentItemType.Batch, data.Key)]);
    }

    private async Task<Outcome?> ImportPageAsync(FileBeingImported file, CancellationToken ct)
    {
        if (file.Read<PageFile>() is not { } data || !file.Check(USyncRules.Check(data))
            || !await KeyIsFreeAsync(file, data.Key, ct).ConfigureAwait(false))
        {
            return null;
        }

        var slugOwner = await db.Pages.Where(p => p.Slug == data.Slug && p.Id != data.Key).Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (slugOwner is { } owner)
        {
            return await SlugTakenAsync(file, data.Slug, owner, ct).ConfigureAwait(false);
        }

        var entity = await db.Pages.SingleOrDefaultAsync(p => p.Id == data.Key, ct).ConfigureAwait(false);
        var added = entity is null;
        if (entity is not null && Same(USyncMapping.ToFile(entity), data))
        {
            return Outcome.Unchanged(data.Key);
        }

        entity = Upsert(db.Pages, entity, e => USyncMapping.Apply(data, e));
        entity.UpdatedAt = clock.GetUtcNow();
        return new Outcome(data.Key, added, [new ContentItemRef(ContentItemType.Page, data.Key)]);
    }

    /// <summary>
    /// A key belongs to one file. When another file that still exists claims it, this one is a duplicate; when that
    /// file is gone, the item was renamed or moved and now lives here.
    /// </summary>
    private async Task<bool> KeyIsFreeAsync(FileBeingImported file, Guid key, CancellationToken ct)
    {
        var claims = await db.ImportedFiles.Where(f => f.ItemId == key && f.Path != file.Path).ToListAsync(ct).ConfigureAwait(false);
        var clash = claims.FirstOrDefault(c => file.OnDisk.Contains(c.Path));
        if (clash is not null)
        {
            file.Fail("key", $"key {key} is already used by {clash.Path}; every item needs a key of its own.");
            return false;
        }

        db.ImportedFiles.RemoveRange(claims);
        return true;
    }

    private async Task<Outcome?> SlugTakenAsync(FileBeingImported file, string slug, Guid owner, CancellationToken ct)
    {
        file.Fail("slug", $"slug '{slug}' is already used by {await DescribeAsync(owner, ct).ConfigureAwait(false)}.");
        return null;
    }

    private async Task<string> DescribeAsync(Guid itemId, CancellationToken ct) =>
        await db.ImportedFiles.Where(f => f.ItemId == itemId).Select(f => f.Path).FirstOrDefaultAsync(ct).ConfigureAwait(false)
        ?? $"item {itemId}";

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

    /// <summary>Applies the file to the stored entity, or to a new one that is then added: values go in before EF
    /// tracks the entity, since replacing an owned part (the address) of a tracked entity can lose it.</summary>
    private static T Upsert<T>(DbSet<T> set, T? stored, Action<T> apply)
        where T : class, new()
    {
        if (stored is not null)
        {
            apply(stored);
            return stored;
        }

        var created = new T();
        apply(created);
        set.Add(created);
        return created;
    }

    private static bool Same<T>(T stored, T incoming) =>
        USyncJson.Serialize(stored).AsSpan().SequenceEqual(USyncJson.Serialize(incoming));

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

    private sealed record Outcome(Guid Key, bool Added, IReadOnlyList<ContentItemRef> Changes)
    {
        public static Outcome Unchanged(Guid key) => new(key, false, []);
    }

    /// <summary>One file under import: its bytes (for line numbers) and what is wrong with it so far.</summary>
    private sealed class FileBeingImported(string path, byte[] bytes, HashSet<string> onDisk)
    {
        public string Path { get; } = path;
        public HashSet<string> OnDisk { get; } = onDisk;
        public List<ImportProblem> Problems { get; } = [];

        public T? Read<T>()
            where T : class
        {
            try
            {
                return USyncJson.Deserialize<T>(bytes);
            }
            catch (JsonException ex)
            {
                Problems.Add(USyncJson.Describe(ex, Path, bytes));
                return null;
            }
        }

        public bool Check(IEnumerable<(string Property, string Message)> findings)
        {
            foreach (var (property, message) in findings)
            {
                Fail(property, message);
            }

            return Problems.Count == 0;
        }

        public void Fail(string property, string message) =>
            Problems.Add(new ImportProblem(Path, USyncJson.LineOf(bytes, property), null, message));
    }
}
