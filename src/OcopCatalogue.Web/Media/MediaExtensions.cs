using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Media;

public static class MediaExtensions
{
    public const string AddCommand = "media-add";

    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MediaOptions>()
            .Bind(builder.Configuration.GetSection(MediaOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MediaStore>();
        builder.Services.AddSingleton<IMediaProcessor, VipsMediaProcessor>();
        builder.Services.AddSingleton<MediaRenderer>();
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.AddScoped<MediaPictures>();
        builder.Services.AddSingleton<MediaResumption>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MediaResumption>());
        return builder;
    }

    /// <summary>
    /// Prepares the media folders and serves renditions at <c>/media/{id}/{width}.{webp|jpg}</c>. The library's staff
    /// pages and its listing at <c>/backoffice/api/media</c> belong to the back office (BackOffice/Media).
    /// </summary>
    public static WebApplication MapMedia(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<MediaStore>().Prepare();
        app.MapGet(MediaUrls.Prefix + "/{id:guid}/{file}", MediaEndpoint.HandleAsync);
        return app;
    }

    /// <summary>
    /// <c>media-add FILE --alt TEXT [--alt-en TEXT]</c>: puts a photo into the library through the same path as an
    /// upload in the back office (for bulk loading, and for bench/media.sh), and prints the result, the time from
    /// upload to ready and the memory used. Returns false when the arguments name no such command.
    /// </summary>
    public static async Task<bool> RunMediaCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, AddCommand);
        if (at < 0)
        {
            return false;
        }

        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var file = at + 1 < args.Length ? args[at + 1] : null;
        if (file is null || file.StartsWith("--", StringComparison.Ordinal) || !File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"usage: {AddCommand} FILE --alt TEXT [--alt-en TEXT]  (no such file: {file})").ConfigureAwait(false);
            Environment.ExitCode = 2;
            return true;
        }

        await app.MigrateContentStoreAsync().ConfigureAwait(false);
        app.Services.GetRequiredService<MediaStore>().Prepare();
        var scope = app.Services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
            var before = ProcessMemory.Current();
            var stopwatch = Stopwatch.StartNew();
            MediaUploadResult result;
            var content = File.OpenRead(file);
            await using (content.ConfigureAwait(false))
            {
                result = await library.UploadAsync(
                    new MediaUpload(content, Path.GetFileName(file), Option("--alt"), Option("--alt-en"), Environment.UserName),
                    CancellationToken.None).ConfigureAwait(false);
            }

            stopwatch.Stop();
            var after = ProcessMemory.Current();
            var lines = new List<string>
            {
                $"id: {result.Item?.Id.ToString() ?? "-"}",
                $"state: {(result.Item?.State.ToString() ?? "Refused")}",
                $"problem: {result.Problem?.ToString() ?? "-"}",
                $"size: {result.Item?.Width}x{result.Item?.Height} ({result.Item?.ByteSize} bytes)",
                FormattableString.Invariant($"upload_to_ready_ms: {stopwatch.Elapsed.TotalMilliseconds:0}"),
                FormattableString.Invariant($"processing_ms: {result.Processing?.Elapsed.TotalMilliseconds ?? 0:0}"),
                $"vips_runs: {result.Processing?.Runs ?? 0}",
                $"vips_peak_rss_kb: {result.Processing?.PeakResidentKilobytes?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
                $"server_rss_before_kb: {before.ResidentKilobytes}",
                $"server_rss_after_kb: {after.ResidentKilobytes}",
                $"server_peak_rss_kb: {after.PeakResidentKilobytes}",
            };
            if (result.Processing?.Error is { } error)
            {
                lines.Add("error: " + error);
            }

            await Console.Out.WriteLineAsync(string.Join('\n', lines)).ConfigureAwait(false);
            Environment.ExitCode = result.IsReady ? 0 : 1;
        }

        return true;
    }
}
