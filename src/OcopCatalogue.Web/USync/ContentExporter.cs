using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// Writes every item of the content store to uSync files in the canonical format, so that importing the result
/// changes nothing. Files whose bytes already match are not touched (their dates stay, diffs stay quiet).
/// </summary>
public sealed partial class ContentExporter(
    SyncHandlers handlers,
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

        foreach (var (_, relativePath, bytes) in files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var fullPath = Path.Combine(directory, relativePath);
            if (File.Exists(fullPath)
                && (await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes.Span))
            {
                report.AddUnchanged(relativePath);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            await File.WriteAllBytesAsync(fullPath, bytes, cancellationToken).ConfigureAwait(false);
            report.AddWritten(relativePath);
        }

        var written = files.Values.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, relativePath, fullPath) in handlers.EnumerateFiles(directory).Where(f => !written.Contains(f.RelativePath)))
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
    private async Task<Dictionary<Guid, ExportedFile>> CanonicalFilesAsync(CancellationToken ct)
    {
        var files = new Dictionary<Guid, ExportedFile>();
        var paths = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var handler in handlers.InImportOrder)
        {
            foreach (var file in await handler.FilesAsync(ct).ConfigureAwait(false))
            {
                // Two items in one file would leave only the last one written; refuse rather than lose one.
                if (!paths.TryAdd(file.RelativePath, file.Key))
                {
                    throw new InvalidOperationException($"Items {paths[file.RelativePath]} and {file.Key} would both be written to {file.RelativePath}.");
                }

                files.Add(file.Key, file);
            }
        }

        return files;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "uSync file {Path} holds no item of the database; left in place")]
    private partial void LogNotInStore(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private partial void LogSummary(string summary);
}
