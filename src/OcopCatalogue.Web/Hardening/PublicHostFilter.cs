using Microsoft.AspNetCore.Diagnostics;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// Refuses (400) a request whose Host is not the configured public address's (<see cref="IPublicHost.Serves"/>):
/// the sign-in redirect and anything else the framework builds from the Host would otherwise name a client's host.
/// </summary>
public sealed class PublicHostFilter(RequestDelegate next, IPublicHost address)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The re-executed error page of a refusal is the same request: let it render.
        if (address.Serves(context) || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }
}
