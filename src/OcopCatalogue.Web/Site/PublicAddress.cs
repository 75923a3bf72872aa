using System.Net;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// The one place that knows the site's absolute address: canonical and hreflang links, JSON-LD, the GS1 linkset, QR
/// stamps and the scan page's "official site" all ask here. With <c>Ocop:PublicBaseUrl</c> set (always, outside
/// Development and the tests) that is the answer whatever Host a request names; without it the request's scheme and host.
/// </summary>
public sealed class PublicAddress : IPublicHost
{
    private readonly Uri? _configured;
    private readonly string? _configuredBase;

    public PublicAddress(IOptions<PublicAddressOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) && TryParseBase(options.Value.PublicBaseUrl, out var uri))
        {
            _configured = uri;
            _configuredBase = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }
    }

    /// <summary>True when <c>Ocop:PublicBaseUrl</c> is set, so only its host is served (see <see cref="Hardening.PublicHostFilter"/>).</summary>
    public bool IsConfigured => _configured is not null;

    /// <summary>The base URL without a trailing slash, such as <c>https://ocop.example.gov.vn</c>.</summary>
    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _configuredBase ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
    }

    /// <summary>The host name people should see in their address bar.</summary>
    public string Host(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _configured?.Host ?? request.Host.Host;
    }

    /// <summary>An absolute URL on this site for a site path (and query); an https address elsewhere is kept as it is.</summary>
    public string Absolute(HttpRequest request, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return pathAndQuery.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? pathAndQuery : BaseUrl(request) + pathAndQuery;
    }

    /// <summary>
    /// Whether a request may be served: any host without a configured address; with one, its host (any case or port),
    /// or a loopback name asked from the machine itself (health probes, an administrator's curl): those pages still
    /// name only the configured address.
    /// </summary>
    public bool Serves(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_configured is null)
        {
            return true;
        }

        var host = context.Request.Host.Host;
        if (string.Equals(host, _configured.IdnHost, StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, _configured.Host, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote) && IsLoopbackName(host);
    }

    internal static bool TryParseBase(string value, out Uri uri)
    {
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            && parsed.Query.Length == 0 && parsed.Fragment.Length == 0 && parsed.UserInfo.Length == 0 && parsed.Host.Length > 0)
        {
            uri = parsed;
            return true;
        }

        uri = null!;
        return false;
    }

    private static bool IsLoopbackName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
