using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Hardening;

/// <summary>
/// Limits request bodies: <see cref="RequestLimitOptions.MaxBodyBytes"/> everywhere, the larger
/// <see cref="RequestLimitOptions.MaxUploadBytes"/> under the media library's paths, or what an endpoint asks for
/// with <c>[RequestSizeLimit]</c>. A declared length over the limit is refused at once with 413; a body that only
/// turns out too long while it is read is stopped by the server at the same limit.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = LimitFor(context);
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            Discard(context.Request);
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }

    /// <summary>Hides a refused body from whatever runs next (the re-executed error page must not read it).</summary>
    internal static void Discard(HttpRequest request)
    {
        request.Body = Stream.Null;
        request.ContentLength = 0;
        request.ContentType = null;
    }

    private long LimitFor(HttpContext context)
    {
        var limits = options.Value;
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own)
        {
            return own.MaxRequestBodySize ?? limits.MaxUploadBytes;
        }

        var path = context.Request.Path;
        return HardeningExtensions.UploadPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            ? limits.MaxUploadBytes
            : limits.MaxBodyBytes;
    }
}
