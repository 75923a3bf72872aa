namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// A small value every server must agree on and that lived in one server's memory or data directory before (the
/// network salt of scan and report keys, the hash of the first-administrator link).
/// </summary>
public sealed class SharedValue
{
    public const int MaxNameLength = 100;
    public const int MaxValueLength = 2000;

    public string Name { get; set; } = "";

    public string Value { get; set; } = "";

    /// <summary>When the value stops counting, UTC; null for never.</summary>
    public DateTime? ExpiresUtc { get; set; }
}
