using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

/// <summary>
/// One content type's uSync files, as uSync's own handlers are one per type: the folder they live in, when they are
/// read, how a file goes into the store and how the store's items are written back. The importer, the exporter and
/// the export on publish loop over the registered handlers (<see cref="SyncHandlerRegistration.AddSyncHandler{T}"/>),
/// so a new type brings its handler and touches none of them. Build one on <see cref="SyncHandler{TFile, TEntity}"/>.
/// </summary>
public interface ISyncHandler
{
    ContentItemType Type { get; }

    /// <summary>The folder under uSync/ holding one file per item.</summary>
    string Folder { get; }

    /// <summary>Lower reads first: a type whose files name items of another type is read after it.</summary>
    int ImportOrder { get; }

    /// <summary>Imports one file into the store, staged in the caller's transaction; null when the file has problems
    /// (then in <see cref="IncomingFile.Problems"/>).</summary>
    Task<SyncOutcome?> ImportAsync(IncomingFile file, CancellationToken cancellationToken);

    /// <summary>Every stored item's file.</summary>
    Task<IReadOnlyList<ExportedFile>> FilesAsync(CancellationToken cancellationToken);

    /// <summary>One item's file; null when the item is gone.</summary>
    Task<ExportedFile?> FileOfAsync(Guid key, CancellationToken cancellationToken);
}
