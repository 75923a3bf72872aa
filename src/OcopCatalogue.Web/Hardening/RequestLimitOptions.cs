using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Hardening;

/// <summary>How large a request body may be (<c>Ocop:RequestLimits</c>).</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Ocop:RequestLimits";

    /// <summary>Any form or JSON body, unless the endpoint says otherwise with <c>[RequestSizeLimit]</c>.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Bodies sent to the media library (<see cref="HardeningExtensions.UploadPaths"/>); also the server's own ceiling.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 32 * 1024 * 1024;
}
