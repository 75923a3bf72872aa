using Microsoft.Extensions.DependencyInjection.Extensions;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.USync;

public static class ContentSyncExtensions
{
    public const string ExportCommand = "export-usync";

    public static WebApplicationBuilder AddContentSync(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ContentSyncOptions>()
            .Bind(builder.Configuration.GetSection(ContentSyncOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ContentSyncOptions>, ContentSyncOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ContentPublisher>();
        builder.Services.AddScoped<ContentImporter>();
        builder.Services.AddScoped<ContentExporter>();
        return builder;
    }

    /// <summary>
    /// Imports new and changed uSync files; call after the content store is migrated. One server at a time: another
    /// that starts meanwhile waits, then finds the files already imported (<see cref="IExclusiveWorkLock"/>).
    /// </summary>
    public static async Task<ImportReport> ImportContentAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stopping = app.Lifetime.ApplicationStopping;
        var held = await app.Services.GetRequiredService<IExclusiveWorkLock>().AcquireAsync(ExclusiveWork.ContentImport, stopping).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            var scope = app.Services.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(stopping).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs a content command named on the command line instead of the web server:
    /// <c>export-usync [--to DIR]</c> writes the database to uSync files (default: the uSync folder).
    /// Returns false when the arguments name no command, and the site starts as usual.
    /// </summary>
    public static async Task<bool> RunContentCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(ExportCommand, StringComparer.Ordinal))
        {
            return false;
        }

        var to = Array.IndexOf(args, "--to") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        await app.MigrateContentStoreAsync().ConfigureAwait(false);
        var scope = app.Services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var exporter = scope.ServiceProvider.GetRequiredService<ContentExporter>();
            var report = to is null
                ? await exporter.ExportAsync().ConfigureAwait(false)
                // A directory typed on the command line is relative to where the command was typed.
                : await exporter.ExportAsync(Path.GetFullPath(to)).ConfigureAwait(false);
            // The summary goes to stdout as well: a command's result should not depend on the log configuration.
            await Console.Out.WriteLineAsync(report.Summary).ConfigureAwait(false);
        }

        return true;
    }
}
