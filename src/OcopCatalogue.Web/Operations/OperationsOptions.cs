using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Operations;

/// <summary>What an operator sets for health, draining and metrics, bound from <c>Ocop:Operations</c>.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Ocop:Operations";

    /// <summary>
    /// On a stop (SIGTERM), how long the node keeps serving while <c>/readyz</c> already answers 503, so the load
    /// balancer stops sending it requests before it closes its doors. 0 for a single server; a little more than the
    /// balancer's check interval times its fall count behind one.
    /// </summary>
    [Range(0, 120)]
    public int DrainSeconds { get; set; }

    /// <summary>The port of the Prometheus endpoint (<c>/metrics</c>), a listener of its own apart from the site's;
    /// 0 (the default) serves no metrics.</summary>
    [Range(0, 65535)]
    public int MetricsPort { get; set; }

    /// <summary>Where the metrics listener listens: loopback by default, so only the machine's operator reaches it.</summary>
    [Required]
    public string MetricsHost { get; set; } = "127.0.0.1";
}
