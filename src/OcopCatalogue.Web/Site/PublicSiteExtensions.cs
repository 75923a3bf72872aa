using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace OcopCatalogue.Web.Site;

public static class PublicSiteExtensions
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        // The site is run from its build output in every environment (README, tests, CI), not only in Development:
        // without the build's static web assets manifest the fingerprinted and compressed assets that
        // MapStaticAssets announces are not found and answer empty. A published app has no such manifest,
        // so this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton(TimeProvider.System);
        // Vietnamese text is written as characters, not as numeric entities: smaller pages, readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorPages(o => o.RootDirectory = "/")
            .AddViewLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese];
            o.SupportedUICultures = [Vietnamese];
            // The language will come from the URL (/en/...) once the English site exists; never from a cookie or header.
            o.RequestCultureProviders.Clear();
        });
        return builder;
    }

    public static WebApplication UsePublicSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/loi");
        }

        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UseRequestLocalization();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
