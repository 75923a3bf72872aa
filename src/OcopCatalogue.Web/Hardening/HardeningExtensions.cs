using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// What every request goes through first: security headers, HSTS, error pages that never show a stack trace
/// outside development, answers for a full disk, rate limits and request size limits.
/// </summary>
public static class HardeningExtensions
{
    /// <summary>Paths that take media uploads, with <see cref="RequestLimitOptions.MaxUploadBytes"/>.</summary>
    public static readonly string[] UploadPaths = ["/backoffice/thu-vien-anh", "/backoffice/api/media"];

    private static readonly string[] ApiPrefixes = ["/api", "/en/api", "/backoffice/api"];

    public static bool IsApi(PathString path) => ApiPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>A back-office page (not its API): its errors are explained to staff, in the back office's layout.</summary>
    public static bool IsBackOffice(string path) =>
        new PathString(path).StartsWithSegments("/backoffice", StringComparison.OrdinalIgnoreCase) && !IsApi(new PathString(path));

    /// <summary>Features opt in to what is theirs to name: rate limits (<see cref="RateLimitPolicies"/>), image sources (<see cref="ContentSecurityOptions"/>).</summary>
    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<SecurityHeaders>();
        services.AddOptions<RateLimitOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RequestLimitOptions>()
            .Bind(builder.Configuration.GetSection(RequestLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The server's own ceiling is the upload limit; RequestBodyLimit lowers it per request.
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
            {
                kestrel.Limits.MaxRequestBodySize = limits.Value.MaxUploadBytes;
                // "Server: Kestrel" tells nobody anything useful but a scanner.
                kestrel.AddServerHeader = false;
            });
        services.AddOptions<FormOptions>()
            .Configure<IOptions<RequestLimitOptions>>((form, limits) => form.MultipartBodyLengthLimit = limits.Value.MaxUploadBytes);

        services.AddSingleton<NetworkSalt>();
        services.AddRateLimiter(RateLimitPolicies.Add);
        // No client-side validation library is served, and its hook, a validation summary's hidden
        // <li style="display:none">, is an inline style the policy blocks (the empty item would show).
        services.Configure<MvcViewOptions>(o => o.HtmlHelperOptions.ClientValidationEnabled = false);

        // Cookies travel only over HTTPS when the request came that way (locally the site runs on plain http),
        // are out of reach of scripts, and are not sent with cross-site requests.
        services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Behind a TLS-terminating proxy on the same machine (nginx, Caddy) the request's scheme and the visitor's
        // network come from X-Forwarded-Proto/-For: HSTS and Secure cookies need the first, rate limits the second.
        // Only loopback proxies are believed, so a visitor cannot claim another address.
        // Only the right-most X-Forwarded-For value is read (one hop): the one the proxy added. Values before it are
        // whatever the client sent and would let anyone pick their own rate-limit bucket; the proxy must overwrite the
        // header or append to it (nginx: proxy_set_header X-Forwarded-For $remote_addr, or $proxy_add_x_forwarded_for).
        // A load balancer on another machine (several servers) is believed too when Ocop:TrustedProxies names it.
        var trusted = TrustedProxies.Parse(builder.Configuration[TrustedProxies.Setting]);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            foreach (var network in trusted)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UseHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        var headers = app.Services.GetRequiredService<SecurityHeaders>();
        app.Use((context, next) =>
        {
            // On starting, so responses written by anything later (static files, re-executed error pages) get them too.
            context.Response.OnStarting(static state =>
            {
                var (security, response) = ((SecurityHeaders, HttpResponse))state;
                security.Apply(response);
                return Task.CompletedTask;
            }, (headers, context.Response));
            return next(context);
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // The friendly page never shows exception details; the exception goes to the log.
            app.UseExceptionHandler("/loi");
        }

        // The error page (/loi) speaks the failed address's language, or to staff for the back office; the APIs,
        // innermost, answer a small JSON body instead. (One page, not one per audience: a re-execution inside a
        // branch of the pipeline would not be routed.)
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UseWhen(context => IsApi(context.Request.Path), branch => branch.UseStatusCodePages(async status =>
            await status.HttpContext.Response.WriteAsJsonAsync(new { status = status.HttpContext.Response.StatusCode }).ConfigureAwait(false)));
        // After the error pages, so a refused Host gets the friendly 400 page (which names only the public address).
        app.UseMiddleware<PublicHostFilter>();
        app.UseMiddleware<FailureAnswers>();
        // Once per application: a second UseRateLimiter would count every request twice.
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }
}
