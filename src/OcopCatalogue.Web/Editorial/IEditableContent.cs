namespace OcopCatalogue.Web.Editorial;

/// <summary>
/// A workflow content type as its edit page sees it: versions are the type's uSync files <typeparamref name="TFile"/>,
/// read from and written to snapshots, started for a new item, and checked by the type's sync handler before the
/// workflow is asked.
/// </summary>
public interface IEditableContent<TFile> : IEditorialContent
    where TFile : class
{
    /// <summary>The file of an item not stored yet: its key, a draft.</summary>
    TFile NewFile(Guid key);

    TFile Read(string snapshot);

    string Write(TFile file);

    /// <summary>What the file must satisfy on its own (the sync handler's <c>Check</c>), by property path.</summary>
    IEnumerable<(string Property, string Message)> Check(TFile file);

    /// <summary>Reads ahead, before the file is stored, what describing it needs from the store: the workflow asks
    /// for a snapshot's facts synchronously.</summary>
    Task ReadAheadAsync(TFile file, CancellationToken cancellationToken);
}
