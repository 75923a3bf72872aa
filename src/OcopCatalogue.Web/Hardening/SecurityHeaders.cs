using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// The headers every response carries, pages, files, images, JSON and error pages alike. The content security
/// policy allows only the site's own scripts and styles (no inline script or style at all: behaviour lives in
/// wwwroot/js, looks in wwwroot/css; JSON-LD blocks are data, not script, and need no exception), images from the
/// site, data: URIs and the sources features add (<see cref="ContentSecurityOptions"/>: the map's tile server), and no framing, plugins or foreign form targets.
/// </summary>
public sealed class SecurityHeaders
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private static readonly object StyleNonceKey = new();

    private readonly string _imageSources;

    public SecurityHeaders(IOptions<ContentSecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _imageSources = string.Join(' ', ["img-src 'self' data:", .. options.Value.ImageSources.Distinct(StringComparer.Ordinal)]);
        ContentSecurityPolicy = Policy("style-src 'self'");
    }

    public string ContentSecurityPolicy { get; }

    /// <summary>
    /// A nonce that lets the back office's rich-text editor (Trix) add its one stylesheet element: Trix reads it
    /// from <c>&lt;meta name="trix-csp-nonce"&gt;</c>. Only back-office pages ask for one, they are never cached, and
    /// scripts still get no nonce at all.
    /// </summary>
    public static string StyleNonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[StyleNonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));
            context.Items[StyleNonceKey] = nonce;
        }

        return nonce;
    }

    private string Policy(string styleSources) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        styleSources,
        _imageSources,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /// <summary>
    /// The CSP source of a tile URL template: its scheme and host, a <c>{s}</c>-style subdomain placeholder
    /// becoming <c>*</c> (e.g. <c>https://{s}.tile.example.org/{z}/{x}/{y}.png</c> gives <c>https://*.tile.example.org</c>).
    /// </summary>
    public static string TileSource(string tileUrl)
    {
        ArgumentNullException.ThrowIfNull(tileUrl);
        var schemeEnd = tileUrl.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return "https:";
        }

        var scheme = tileUrl[..schemeEnd];
        var rest = tileUrl[(schemeEnd + 3)..];
        var hostEnd = rest.IndexOf('/', StringComparison.Ordinal);
        var labels = (hostEnd < 0 ? rest : rest[..hostEnd]).Split('.');
        if (labels.Skip(1).Any(l => l.Contains('{', StringComparison.Ordinal)))
        {
            // CSP has no wildcard in the middle of a host name; the scheme alone is the narrowest source left.
            return scheme + ":";
        }

        if (labels[0].Contains('{', StringComparison.Ordinal))
        {
            labels[0] = "*";
        }

        return $"{scheme}://{string.Join('.', labels)}";
    }

    public void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        // An endpoint that set a policy of its own (the sandbox of a report photo or a decision scan, files people
        // sent) knows better than the site-wide one; replacing it would let such a file run as a page of the site.
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = response.HttpContext.Items[StyleNonceKey] is string nonce
                ? Policy($"style-src 'self' 'nonce-{nonce}'")
                : ContentSecurityPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        // For browsers older than frame-ancestors.
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
