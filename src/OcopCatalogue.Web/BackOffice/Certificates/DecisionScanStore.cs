using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.BackOffice.Certificates;

/// <summary>
/// Scans of signed OCOP decisions, kept in the shared storage directory (the data directory unless
/// <c>Ocop:Storage:Directory</c> is set) under names the server makes, so nothing the uploader
/// chose (name, extension, claimed type) reaches the file system. The format is judged by the first bytes alone.
/// Scans may carry signatures and personal details, so they are served only to staff, never from wwwroot.
/// </summary>
public sealed class DecisionScanStore(IOptions<ContentStoreOptions> options, IHostEnvironment environment)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string FolderName = "decision-scans";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public string Folder => Path.Combine(options.Value.ResolveStorageDirectory(environment), FolderName);

    /// <summary>The extension for content starting with these bytes, or null when it is not a PDF, JPEG or PNG.</summary>
    public static string? ExtensionFor(ReadOnlySpan<byte> head) =>
        head.StartsWith(Pdf) ? ".pdf" : head.StartsWith(Jpeg) ? ".jpg" : head.StartsWith(Png) ? ".png" : null;

    /// <summary>True only for names this store makes; anything else (a path, "..", another extension) is refused.</summary>
    public static bool IsWellFormedName(string? name) => DecisionScanName.IsWellFormed(name);

    public static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".pdf" => "application/pdf",
        ".jpg" => "image/jpeg",
        _ => "image/png",
    };

    /// <summary>Checks an upload without keeping it: null when it can be stored.</summary>
    public static DecisionScanProblem? Check(IFormFile file, out string? extension)
    {
        ArgumentNullException.ThrowIfNull(file);
        extension = null;
        if (file.Length == 0)
        {
            return DecisionScanProblem.Empty;
        }

        if (file.Length > MaxBytes)
        {
            return DecisionScanProblem.TooLarge;
        }

        Span<byte> head = stackalloc byte[8];
        using (var stream = file.OpenReadStream())
        {
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            extension = ExtensionFor(head[..read]);
        }

        return extension is null ? DecisionScanProblem.NotPdfOrImage : null;
    }

    /// <summary>Stores a checked upload and returns its new name.</summary>
    public async Task<string> SaveAsync(IFormFile file, string extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (extension is not (".pdf" or ".jpg" or ".png"))
        {
            throw new ArgumentException($"'{extension}' is not a scan extension this store makes.", nameof(extension));
        }

        Directory.CreateDirectory(Folder);
        var name = Guid.NewGuid().ToString("N") + extension;
        var path = Path.Combine(Folder, name);
        // A temporary name in the same folder, renamed once whole: another server never sees half a scan.
        var partial = Path.Combine(Folder, "." + name + ".part");
        try
        {
            var target = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (target.ConfigureAwait(false))
            {
                await file.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }

        return name;
    }

    /// <summary>The full path of a stored scan, or null when the name is not one of ours or the file is gone.</summary>
    public string? Find(string? name)
    {
        if (!IsWellFormedName(name))
        {
            return null;
        }

        var path = Path.Combine(Folder, name!);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Removes a scan stored for a record that was then not written.</summary>
    public void Delete(string name)
    {
        if (Find(name) is { } path)
        {
            File.Delete(path);
        }
    }
}
