using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Data;

public static class ContentStoreExtensions
{
    public const string DatabaseFileName = "ocop.db";

    public static WebApplicationBuilder AddContentStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentStoreOptions>()
            .Bind(builder.Configuration.GetSection(ContentStoreOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<DataDirectoryLock>();
        // Connection interceptors in the container apply to the content store: DurableWrites, and tests' own.
        builder.Services.AddSingleton<DbConnectionInterceptor, DurableWrites>();
        builder.Services.AddDbContextPool<OcopDbContext>((services, options) =>
        {
            var dataDirectory = services.GetRequiredService<IOptions<ContentStoreOptions>>().Value
                .ResolveDataDirectory(services.GetRequiredService<IHostEnvironment>());
            var connection = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, DatabaseFileName),
                Pooling = true,
            };
            options.UseSqlite(connection.ToString())
                // Migrations are written by hand with no model snapshot (docs/decisions/0002), so EF cannot
                // compare against one; MigrationsMatchTheModelTests checks the migrated schema instead.
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
                .AddInterceptors(services.GetServices<DbConnectionInterceptor>());
        });
        return builder;
    }

    public static string ResolveDataDirectory(this ContentStoreOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);

    /// <summary>
    /// Creates the data directory, holds it for this process (see <see cref="DataDirectoryLock"/>: no restore while
    /// the site or a command runs) and brings the database schema up to date.
    /// </summary>
    public static async Task MigrateContentStoreAsync(this WebApplication app)
    {
        var dataDirectory = app.Services.GetRequiredService<IOptions<ContentStoreOptions>>().Value
            .ResolveDataDirectory(app.Environment);
        Directory.CreateDirectory(dataDirectory);
        app.Services.GetRequiredService<DataDirectoryLock>().HoldShared(dataDirectory);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await db.Database.MigrateAsync();
        // WAL lets readers go on while an editor publishes; the setting is stored in the file itself.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
