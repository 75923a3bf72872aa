using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.OpenData;

public static class OpenDataExtensions
{
    public static WebApplicationBuilder AddOpenData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenDataOptions>()
            .Bind(builder.Configuration.GetSection(OpenDataOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OpenDataOptions>, OpenDataOptionsValidator>();
        builder.Services.AddScoped<OpenDataSource>();
        return builder;
    }

    /// <summary>The files at <c>/du-lieu-mo/{list}.{csv|json|xlsx}</c>, answered with 304 while nothing new is published.</summary>
    public static WebApplication MapOpenData(this WebApplication app)
    {
        app.MapGet(OpenDataFiles.Path + "/{file}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        string file, HttpContext http, OcopDbContext db, PublishedCatalogue catalogue, OpenDataSource source, IOptions<OpenDataOptions> options,
        PublicAddress address, CancellationToken cancellationToken)
    {
        if (!OpenDataFiles.TryParse(file, out var dataset, out var format))
        {
            return Results.NotFound();
        }

        var licence = options.Value.Licence;
        var version = await OpenDataVersion.OfAsync(db, catalogue, licence, file, cancellationToken);
        var response = http.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(version.ETag);
        headers.LastModified = version.LastModified;
        // Any cache may keep a copy but asks again each time; the answer is a 304 until the next publish.
        response.Headers.CacheControl = "public, no-cache";
        if (IsCurrent(http.Request.GetTypedHeaders(), version))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var table = await source.LoadAsync(dataset, path => address.Absolute(http.Request, path), cancellationToken);
        response.Headers.ContentDisposition = OpenDataFiles.Disposition(dataset, format);
        return Results.Stream(
            output => OpenDataWriter.WriteAsync(table, format, output, licence, cancellationToken),
            OpenDataFiles.ContentTypes[format]);
    }

    /// <summary>If-None-Match decides when sent (weak comparison, as for GET); If-Modified-Since only without it.</summary>
    private static bool IsCurrent(Microsoft.AspNetCore.Http.Headers.RequestHeaders request, OpenDataVersion version)
    {
        if (request.IfNoneMatch is { Count: > 0 } tags)
        {
            var current = EntityTagHeaderValue.Parse(version.ETag);
            return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && version.LastModified <= since;
    }
}
