namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// One published change, kept so every server can apply it to what it derives from the store (page cache, catalogue
/// list, search index, QR images). Written after the change commits, in its own transaction under the write lock, so
/// ids are committed in increasing order and a server that has applied id N has seen every change up to N.
/// </summary>
public sealed class CacheInstruction
{
    public const int MaxNodeLength = 100;
    public const int MaxSourceLength = 200;

    public long Id { get; set; }

    /// <summary>When it was written, UTC (pruning is by age; lag is measured from it).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>The server that wrote it (<see cref="ClusterNode.Id"/>); it applied the change itself already.</summary>
    public string Node { get; set; } = "";

    /// <summary>What published the change, for logs ("uSync import", "back office").</summary>
    public string Source { get; set; } = "";

    /// <summary>The items changed, as JSON: <c>[{"t":"Product","id":"…"}]</c>.</summary>
    public string Items { get; set; } = "";
}
