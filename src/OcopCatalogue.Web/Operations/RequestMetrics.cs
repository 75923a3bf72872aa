using System.Diagnostics;

namespace OcopCatalogue.Web.Operations;

/// <summary>Times every request from the first middleware to the last byte handed on, by <see cref="PageKind"/>.</summary>
public sealed class RequestMetrics(RequestDelegate next, SiteMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        // Routing runs before the first middleware, so the page asked for is known here; a 404 or an error later
        // re-executes the error page, which replaces it.
        var endpoint = context.GetEndpoint();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            metrics.RequestAnswered(PageKind.Of(endpoint), context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
        }
    }
}
