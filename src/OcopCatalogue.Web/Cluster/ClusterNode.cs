using System.Security.Cryptography;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// This server process among the cluster's: <c>Ocop:Cluster:NodeName</c> (the machine's name by default) and a random
/// part drawn at start, so a restarted server is a new node and replays the instructions it wrote before it stopped.
/// </summary>
public sealed class ClusterNode
{
    public ClusterNode(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Ocop:Cluster:NodeName"];
        Name = string.IsNullOrWhiteSpace(name) ? Environment.MachineName : name.Trim();
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var room = CacheInstruction.MaxNodeLength - suffix.Length - 1;
        Id = $"{(Name.Length > room ? Name[..room] : Name)}-{suffix}";
    }

    /// <summary>The readable name, for logs and metrics.</summary>
    public string Name { get; }

    /// <summary>Unique to this process: what instructions and leases are written under.</summary>
    public string Id { get; }
}
