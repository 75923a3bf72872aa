using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Operations;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Who may get a page from the output cache and under which key. Public pages are the same for every
/// anonymous visitor, so one rendering serves them all; anything that could differ by person is never stored:
/// staff addresses (<see cref="UncachedAreaOptions"/>), requests carrying a sign-in cookie or an Authorization header, and responses that set
/// a cookie or say no-store (the antiforgery token of a form does, so a form's token is never handed to others).
/// </summary>
public sealed class PublicPageCachePolicy(
    IOptionsMonitor<PageCachingOptions> options,
    IOptions<UncachedAreaOptions> uncached,
    TimeProvider clock,
    PageCacheGeneration generation,
    StampImages stamps,
    IAuthenticationSchemeProvider schemes,
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    SiteMetrics metrics) : IOutputCachePolicy
{
    public const string Name = "public-page";

    /// <summary>Every cached public page carries this tag; publishing evicts it. QR images carry <see cref="StampImages.Tag"/>.</summary>
    public const string ContentTag = "content";

    private string[]? _signInCookies;

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var settings = options.CurrentValue;
        if (!settings.Enabled
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || uncached.Value.Covers(request.Path)
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || await CarriesSignInCookieAsync(request).ConfigureAwait(false))
        {
            context.EnableOutputCaching = false;
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Many phones scanning one new stamp at once: one renders, the others wait for its result.
        context.AllowLocking = true;
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        // The stored body is compressed for what the client accepts.
        vary.HeaderNames = HeaderNames.AcceptEncoding;
        // Without Ocop:PublicBaseUrl (Development, tests) a page's links name the host asked for, so each host keeps
        // its own copy; with it, other hosts are refused before the cache (PublicHostFilter).
        vary.VaryByHost = true;
        // Scan pages and QR images read the path as sent (a lot may hold %2F), so the raw target is the address.
        vary.VaryByValues["target"] = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "";
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        // Certificate statuses follow the Vietnam date: a page of yesterday is never served today.
        vary.VaryByValues["day"] = today.ToString("O", CultureInfo.InvariantCulture);
        // A stamp's image is kept across publishes that leave its codes alone (StampImages); a page is not.
        var stampImage = http.GetEndpoint()?.Metadata.GetMetadata<StampImageAttribute>() is not null;
        vary.VaryByValues["generation"] = stampImage
            ? "stamps " + stamps.Generation.ToString(CultureInfo.InvariantCulture)
            : generation.Current.ToString(CultureInfo.InvariantCulture);
        if (PageCacheKey.ValuesOf(http) is { } extra)
        {
            foreach (var (name, value) in extra)
            {
                vary.VaryByValues["page:" + name] = value;
            }
        }

        context.Tags.Add(stampImage ? StampImages.Tag : ContentTag);
        var untilMidnight = NextVietnamMidnight(today) - now;
        context.ResponseExpirationTimeSpan = untilMidnight < settings.Duration ? untilMidnight : settings.Duration;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        metrics.PageCache(hit: true);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        metrics.PageCache(hit: false);
        var http = context.HttpContext;
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString)
            || http.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    internal static DateTimeOffset NextVietnamMidnight(DateOnly today)
    {
        var midnight = today.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, VietnamTime.Zone.GetUtcOffset(midnight));
    }

    /// <summary>A sign-in cookie of any cookie scheme (the staff cookie is limited to /backoffice, but a browser
    /// may still send one set by an older version, or by a proxy rewriting paths).</summary>
    private async ValueTask<bool> CarriesSignInCookieAsync(HttpRequest request)
    {
        if (request.Cookies.Count == 0)
        {
            return false;
        }

        _signInCookies ??= await SignInCookieNamesAsync().ConfigureAwait(false);
        foreach (var cookie in request.Cookies.Keys)
        {
            foreach (var name in _signInCookies)
            {
                // Chunked cookies come as NAME, NAMEC1, NAMEC2...
                if (cookie.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private async Task<string[]> SignInCookieNamesAsync()
    {
        var names = new List<string>();
        foreach (var scheme in await schemes.GetAllSchemesAsync().ConfigureAwait(false))
        {
            if (typeof(CookieAuthenticationHandler).IsAssignableFrom(scheme.HandlerType)
                && cookieOptions.Get(scheme.Name).Cookie.Name is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return [.. names];
    }
}
