using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using OcopCatalogue.Web.Caching;
using OcopCatalogue.Web.Hardening;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Site;

public static class PublicSiteExtensions
{
    public static readonly CultureInfo Vietnamese = SiteLanguage.Vietnamese;

    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        // Run from build output (scripts/run.sh, the tests) the compressed and fingerprinted assets live in obj/,
        // found only through the static web assets manifest, which ASP.NET Core reads by itself only in
        // Development: without this a browser asking for gzip gets an empty stylesheet. A published site has no
        // such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<PublicAddressOptions>()
            .Bind(builder.Configuration.GetSection(PublicAddressOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PublicAddressOptions>, PublicAddressOptionsValidator>();
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddSingleton<IPublicHost>(services => services.GetRequiredService<PublicAddress>());
        builder.Services.AddSyncHandler<PageSyncHandler>();
        // The error page answers with its error status, which is not stored anyway; kept out of the page cache so the
        // status code pages' re-execution never goes through it.
        builder.Services.Configure<UncachedAreaOptions>(o => o.Pages.Add("/Site/Error"));
        // Vietnamese text is written as characters, not as numeric entities: smaller pages, readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorPages(o =>
            {
                o.RootDirectory = "/";
                // The English site is the same pages under /en, so each page gets a second route, not a copy.
                foreach (var (page, route) in SiteLanguage.EnglishRoutes)
                {
                    o.Conventions.AddPageRoute(page, route);
                }
            })
            .AddViewLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese, SiteLanguage.English];
            o.SupportedUICultures = [Vietnamese, SiteLanguage.English];
            // The language comes from the URL (/en/...) only; never from a cookie or header.
            o.RequestCultureProviders.Clear();
            o.RequestCultureProviders.Add(new UrlCultureProvider());
        });
        return builder;
    }

    public static WebApplication UsePublicSite(this WebApplication app)
    {
        // Error pages (/loi) are wired by UseHardening, which runs first.
        app.UseRequestLocalization();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
