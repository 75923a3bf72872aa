using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Media;

/// <summary>
/// Lets an upload request be as large as <see cref="MediaOptions.MaxBytes"/> plus room for the form's other fields,
/// whatever the server's default, so a file just over the limit reaches the library and gets its clear message,
/// while a much larger body is cut off by the server. Runs before the antiforgery check, which reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MediaUploadSizeLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    private const long FormAllowance = 1024 * 1024;

    // Antiforgery validation is an authorization filter of order 1000; this must come first.
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feature = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            var limits = context.HttpContext.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value;
            feature.MaxRequestBodySize = limits.MaxBytes + FormAllowance;
        }
    }
}
