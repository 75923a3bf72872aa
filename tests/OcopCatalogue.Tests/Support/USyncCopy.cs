using System.Text;
using System.Text.Json.Nodes;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Support;

/// <summary>A temporary copy of the repository's uSync folder that a test may change; deleted on dispose.</summary>
public sealed class USyncCopy : IDisposable
{
    /// <summary>The folders the import reads, in its order (see uSync/README.md).</summary>
    private static readonly string[] ImportOrder =
    [
        Web.Addresses.LocalityMappingSyncHandler.FolderName, ProducerSyncHandler.FolderName, SalesPointSyncHandler.FolderName, ProductSyncHandler.FolderName,
        CertificateSyncHandler.FolderName, BatchSyncHandler.FolderName, PageSyncHandler.FolderName, Web.Evaluation.CriteriaSheetSyncHandler.FolderName,
    ];

    private USyncCopy(string path) => Path = path;

    public string Path { get; }

    public static USyncCopy OfRepository()
    {
        var copy = new USyncCopy(Directory.CreateTempSubdirectory("ocop-usync-").FullName);
        foreach (var file in JsonFiles(RepositoryPaths.USync))
        {
            var target = System.IO.Path.Combine(copy.Path, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(System.IO.Path.Combine(RepositoryPaths.USync, file), target);
        }

        return copy;
    }

    /// <summary>The uSync files under a folder, relative with '/', in import order and sorted within each folder.</summary>
    public static List<string> JsonFiles(string directory) =>
    [
        .. ImportOrder.Select(folder => System.IO.Path.Combine(directory, folder)).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json")
                .Select(f => $"{System.IO.Path.GetFileName(folder)}/{System.IO.Path.GetFileName(f)}")
                .Order(StringComparer.Ordinal)),
    ];

    public string Read(string relativePath) => File.ReadAllText(Full(relativePath), Encoding.UTF8);

    public void Write(string relativePath, string text) => File.WriteAllText(Full(relativePath), text, new UTF8Encoding(false));

    /// <summary>Changes a file through its JSON tree and writes it back in the canonical layout.</summary>
    public void Edit(string relativePath, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Read(relativePath))!.AsObject();
        change(json);
        Write(relativePath, json.ToJsonString(USyncJson.Options) + "\n");
    }

    public JsonObject Json(string relativePath) => JsonNode.Parse(Read(relativePath))!.AsObject();

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string Full(string relativePath) => System.IO.Path.Combine(Path, relativePath);
}
