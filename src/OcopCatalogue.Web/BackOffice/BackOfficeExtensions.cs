using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Audit;
using OcopCatalogue.Web.BackOffice.Accounts;
using OcopCatalogue.Web.BackOffice.Batches;
using OcopCatalogue.Web.BackOffice.Editing;
using OcopCatalogue.Web.BackOffice.Media;
using OcopCatalogue.Web.BackOffice.Pages;
using OcopCatalogue.Web.BackOffice.Producers;
using OcopCatalogue.Web.BackOffice.Products;
using OcopCatalogue.Web.BackOffice.SalesPoints;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.BackOffice;

public static partial class BackOfficeExtensions
{
    public const string PathPrefix = "/backoffice";
    public const string SignInPath = "/backoffice/dang-nhap";
    public const string ApiPrefix = "/backoffice/api";

    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                // Length and the common-password check do the work; composition rules only make people write
                // "Password1!" (NIST SP 800-63B).
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<OcopDbContext>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider: each code is taken once (see the class).
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddSingleton<SessionTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionTicketStore>((o, store) => o.SessionStore = store);
        services.ConfigureApplicationCookie(o =>
        {
            // The cookie never travels with public pages: they stay anonymous and cacheable for everyone.
            o.Cookie.Path = PathPrefix;
            o.Cookie.Name = "ocop.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(2);
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/backoffice/dang-xuat";
            o.AccessDeniedPath = "/backoffice/khong-duoc-phep";
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Path = PathPrefix;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.Path = PathPrefix);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => o.Cookie.Path = PathPrefix);

        // Keys that protect cookies and antiforgery tokens live in the content store, so a restart signs nobody out
        // and a cookie or form token one server issued is accepted by every other (DataProtectionKeyStart makes the
        // first key, or adopts the files of the data directory's keys/ folder where they were kept before).
        services.AddDataProtection().SetApplicationName("OcopCatalogue").PersistKeysToDbContext<OcopDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicies.Write, p => p.RequireRole(StaffRoles.All))
            .AddPolicy(BackOfficePolicies.Publish, p => p.RequireRole(StaffRoles.Editor, StaffRoles.Administrator))
            .AddPolicy(BackOfficePolicies.Administer, p => p.RequireRole(StaffRoles.Administrator));
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/BackOffice", BackOfficePolicies.Write);
            o.Conventions.AddFolderApplicationModelConvention("/BackOffice", page => page.Filters.Add(new PublishFailureNotice()));
            o.Conventions.AllowAnonymousToPage("/BackOffice/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/BackOffice/Accounts/SignInTwoFactor");
            o.Conventions.AllowAnonymousToPage("/BackOffice/Accounts/Setup");
            // Form posts counted against the sign-in limit: password, second factor, one-time set-up link.
            foreach (var page in (string[])["/BackOffice/Accounts/SignIn", "/BackOffice/Accounts/SignInTwoFactor", "/BackOffice/Accounts/Setup"])
            {
                o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitPolicies.SignIn)));
            }
        });

        // Staff pages differ by who is signed in: never from the page cache, and never compressed (their form tokens
        // and personal data are what BREACH-style guessing goes after).
        services.Configure<UncachedAreaOptions>(o =>
        {
            o.PathPrefixes.Add(PathPrefix);
            o.Pages.Add("/BackOffice");
        });

        services.AddSingleton<SetupToken>();
        services.AddHostedService(services => services.GetRequiredService<SetupToken>());
        services.AddScoped<AuditTrail>();
        services.AddScoped<StaffAccounts>();

        services.AddScoped<EditPageServices>();
        services.AddScoped<GalleryPhotos>();

        // The content types staff edit, each on the editorial engine; the engine's pages list them in this order.
        services.AddEditorialContent<ProductContent>();
        services.AddEditorialContent<ProducerContent>();
        services.AddEditorialContent<SalesPointContent>();
        services.AddEditorialContent<BatchContent>();
        services.AddEditorialContent<PageContent>();
        return builder;
    }

    // A browser is sent to the sign-in page (or told it may not); a script calling the API gets the bare status.
    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase) || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UseBackOffice(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        // Who is signed in, for the back office's scripts (and a quick check that a session is alive).
        app.MapGet(ApiPrefix + "/me", (ClaimsPrincipal user) => Results.Json(new
        {
            name = user.Identity?.Name,
            displayName = user.FindFirstValue(StaffClaims.DisplayName),
            roles = StaffRoles.All.Where(user.IsInRole).ToArray(),
            producers = StaffScope.From(user).Producers?.Order().ToArray(),
        }))
            .RequireAuthorization(BackOfficePolicies.Write);
        MediaLibraryApi.Map(app);
        return app;
    }

    /// <summary>
    /// Creates the roles; with no account yet, issues the one-time set-up link and prints it once the site listens. Of
    /// servers starting together on one store, the first issues it; the others print which server did.
    /// </summary>
    public static async Task AnnounceBackOfficeSetupAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        SetupIssue? issue = null;
        // Servers starting together on one PostgreSQL database would both find a role missing and both insert it.
        await using (await app.Services.GetRequiredService<IExclusiveWorkLock>().AcquireAsync(ExclusiveWork.StartupSeeding, app.Lifetime.ApplicationStopping))
        {
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().EnsureRolesAsync();
            if (!users.Users.Any())
            {
                issue = await app.Services.GetRequiredService<SetupToken>().TryIssueAsync(app.Lifetime.ApplicationStopping);
            }
        }

        if (issue is null)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OcopCatalogue.BackOffice");
        if (issue.Token is not { } token)
        {
            LogSetupLinkElsewhere(logger, issue.Node, issue.IssuedUtc, issue.ExpiresUtc);
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            LogSetupLink(logger, $"{address.TrimEnd('/')}/backoffice/thiet-lap?token={token}", issue.ExpiresUtc);
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No back-office account exists yet. A one-time set-up link was printed by server {Node} at {IssuedUtc:u} and works on every server until {ExpiresUtc:u}: use the link in that server's log (a new one is printed when that server restarts, or by the next server to start after then)")]
    private static partial void LogSetupLinkElsewhere(ILogger logger, string node, DateTimeOffset issuedUtc, DateTimeOffset expiresUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No back-office account exists yet. Create the first administrator with this one-time link (it works on every server, until {ExpiresUtc:u}): {Link}")]
    private static partial void LogSetupLink(ILogger logger, string link, DateTimeOffset expiresUtc);
}
