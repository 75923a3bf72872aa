using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.BackOffice.Certificates;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// Evidence files of dossiers in the shared storage (out of the web root, like decision scans), under names the
/// server makes; the format is judged by the first bytes (PDF, JPEG, PNG), never by the name or claimed type.
/// </summary>
public sealed class EvidenceStore(IOptions<ContentStoreOptions> store, IOptions<EvaluationOptions> options, IHostEnvironment environment)
{
    public const string FolderName = "evaluation-evidence";

    public string Folder => Path.Combine(store.Value.ResolveStorageDirectory(environment), FolderName);

    public long MaxBytes => options.Value.EvidenceMaxBytes;

    /// <summary>Null when the upload can be kept, else the message key of the problem.</summary>
    public string? Check(IFormFile file, out string? extension)
    {
        ArgumentNullException.ThrowIfNull(file);
        extension = null;
        if (file.Length == 0)
        {
            return "Evaluation.Evidence.Empty";
        }

        if (file.Length > MaxBytes)
        {
            return "Evaluation.Evidence.TooLarge";
        }

        Span<byte> head = stackalloc byte[8];
        using (var stream = file.OpenReadStream())
        {
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            extension = DecisionScanStore.ExtensionFor(head[..read]);
        }

        return extension is null ? "Evaluation.Evidence.WrongType" : null;
    }

    public async Task<string> SaveAsync(IFormFile file, string extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (extension is not (".pdf" or ".jpg" or ".png"))
        {
            throw new ArgumentException($"'{extension}' is not an evidence extension.", nameof(extension));
        }

        Directory.CreateDirectory(Folder);
        var name = Guid.NewGuid().ToString("N") + extension;
        // Written under a temporary name and renamed once whole, so another server never serves half a file.
        var partial = Path.Combine(Folder, "." + name + ".part");
        var target = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using (target.ConfigureAwait(false))
        {
            await file.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }

        File.Move(partial, Path.Combine(Folder, name));
        return name;
    }

    /// <summary>The path of a stored file, or null for a name this store did not make or a file that is gone.</summary>
    public string? Find(string? name)
    {
        if (!DecisionScanName.IsWellFormed(name))
        {
            return null;
        }

        var path = Path.Combine(Folder, name!);
        return File.Exists(path) ? path : null;
    }
}
