namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Who runs a recurring job this round. A server runs a round only while it holds the job's lease; a lease not renewed
/// by its expiry (its holder stopped or hung) is taken over by the next server that asks.
/// </summary>
public sealed class JobLease
{
    public const int MaxNameLength = 100;

    public string Job { get; set; } = "";

    /// <summary>The holding server's <see cref="ClusterNode.Id"/>.</summary>
    public string Holder { get; set; } = "";

    public DateTime TakenUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }
}
