namespace OcopCatalogue.Web.Site;

/// <summary>The site's official address, bound from the <c>Ocop</c> configuration section (<see cref="PublicAddressOptionsValidator"/>).</summary>
public sealed class PublicAddressOptions
{
    public const string Section = "Ocop";

    /// <summary>The setting's full name, for messages.</summary>
    public const string Key = Section + ":" + nameof(PublicBaseUrl);

    /// <summary>
    /// The official address every absolute link and QR stamp names, such as <c>https://ocop.example.gov.vn</c>. Required
    /// outside Development and the tests: a stamp outlives any deployment, and a Host header is whatever a client sends.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
