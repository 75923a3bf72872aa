using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Reads a posted form before antiforgery does, so a body over the page's <see cref="RequestFormLimitsAttribute"/>
/// or <see cref="RequestSizeLimitAttribute"/> is answered 413 instead of failing inside the antiforgery check as a
/// server error. Runs after those two attributes (order 900) have set the limits and before antiforgery (1000).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class FormWithinLimitsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }

        try
        {
            // The form is kept on the request, so antiforgery and model binding read it from here.
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadHttpRequestException e)
        {
            Refuse(context, e.StatusCode);
        }
    }

    private static void Refuse(AuthorizationFilterContext context, int statusCode)
    {
        // The error page re-executed for this request binds from the form too: give it an empty one to read,
        // or it fails on the same body and reports a server error.
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(statusCode);
    }
}
