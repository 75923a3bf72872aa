using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace OcopCatalogue.Web.Site;

/// <summary>
/// The request's language from its URL alone: English under <c>/en</c>, Vietnamese elsewhere. Never from a
/// cookie or the Accept-Language header, so a shared link shows the same language to everyone (and caches stay
/// simple). An error page re-executed for a failed request takes the language of the address that failed.
/// </summary>
public sealed class UrlCultureProvider : RequestCultureProvider
{
    private static readonly Task<ProviderCultureResult?> EnglishResult =
        Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(SiteLanguage.English.Name));

    private static readonly Task<ProviderCultureResult?> VietnameseResult =
        Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(SiteLanguage.Vietnamese.Name));

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return SiteLanguage.IsEnglishPath(VisitedPath(httpContext)) ? EnglishResult : VietnameseResult;
    }

    /// <summary>The path the visitor asked for: the original one when this is a re-executed error page.</summary>
    public static string VisitedPath(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            ? reExecuted.OriginalPath
            : httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "/";
    }
}
