using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Cluster;

/// <summary><c>Ocop:Cluster</c>: how this server keeps step with the others' changes.</summary>
public sealed class ClusterOptions
{
    public const string Section = "Ocop:Cluster";

    /// <summary>How often the instructions are read even when no <c>NOTIFY</c> came (the only way on SQLite, and the
    /// safety net on PostgreSQL when a notification is lost with its connection).</summary>
    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 2;

    /// <summary>More instructions than this waiting, and the server rebuilds what it derives instead of replaying them.</summary>
    [Range(1, 10_000_000)]
    public int RebuildAfter { get; set; } = 1000;

    /// <summary>Instructions older than this are deleted (the newest is always kept).</summary>
    [Range(0.01, 3650)]
    public double KeepInstructionsDays { get; set; } = 3;

    /// <summary>A server further behind than this says so in its log.</summary>
    [Range(0.1, 86_400)]
    public double LagWarningSeconds { get; set; } = 10;
}
