using System.ComponentModel.DataAnnotations;

namespace OcopCatalogue.Web.Traceability;

/// <summary>How printed stamps address the site, bound from the <c>Ocop</c> configuration section.</summary>
public sealed class StampOptions
{
    public const string Section = "Ocop";

    /// <summary>
    /// The official address QR codes lead to, such as <c>https://ocop.example.gov.vn</c>. A stamp outlives any
    /// deployment, so production must set it; when unset the address of the request is used (development, tests).
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The base URL without a trailing slash: the configured one, else the scheme, host and path base asked for.</summary>
    public string BaseUrlFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}"
            : PublicBaseUrl.TrimEnd('/');
    }
}
