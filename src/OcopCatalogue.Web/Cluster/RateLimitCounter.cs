namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Attempts counted in one fixed window for one partition (sign-ins from one network, reports from one network),
/// shared by every server so a limit holds for the whole cluster and not per server.
/// </summary>
public sealed class RateLimitCounter
{
    public const int MaxKeyLength = 200;

    /// <summary>Policy, partition and window start, e.g. <c>sign-in:ab12…:202612031500</c>.</summary>
    public string Key { get; set; } = "";

    public int Count { get; set; }

    /// <summary>The end of the window, UTC; rows past it are deleted.</summary>
    public DateTime ExpiresUtc { get; set; }
}
