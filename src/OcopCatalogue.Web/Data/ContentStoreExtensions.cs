using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OcopCatalogue.Web.Data;

public static class ContentStoreExtensions
{
    public const string DatabaseFileName = "ocop.db";
    public const string MigrateCommand = "migrate";

    public static WebApplicationBuilder AddContentStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentStoreOptions>()
            .Bind(builder.Configuration.GetSection(ContentStoreOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .Validate(options => options.Provider != DatabaseProvider.PostgreSql || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Ocop:Database:Provider is PostgreSQL, so ConnectionStrings:Ocop must name the database (Host=…;Database=…;Username=…).")
            .ValidateOnStart();

        builder.Services.AddSingleton<DataDirectoryLock>();
        // Connection interceptors in the container apply to the content store: DurableWrites (SQLite's), and tests' own.
        builder.Services.AddSingleton<DbConnectionInterceptor, DurableWrites>();
        builder.Services.AddSingleton<IExclusiveWorkLock>(services => ProviderOf(services) == DatabaseProvider.PostgreSql
            ? ActivatorUtilities.CreateInstance<PostgreSqlExclusiveWork>(services)
            : new SqliteExclusiveWork());
        builder.Services.AddDbContextPool<OcopDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = database.Provider == DatabaseProvider.PostgreSql
                ? database.ConnectionString!
                : new SqliteConnectionStringBuilder
                {
                    DataSource = Path.Combine(services.GetRequiredService<IOptions<ContentStoreOptions>>().Value
                        .ResolveDataDirectory(services.GetRequiredService<IHostEnvironment>()), DatabaseFileName),
                    Pooling = true,
                }.ToString();
            options.UseContentStore(database.Provider, connectionString)
                .AddInterceptors(services.GetServices<DbConnectionInterceptor>());
        });
        return builder;
    }

    /// <summary>
    /// Points EF at a content store of the provider as the site does: the provider's own migrations
    /// (<see cref="ProviderMigrations"/>) and warnings. Tests and tools building a context of their own use it too.
    /// </summary>
    public static TBuilder UseContentStore<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        if (provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(WithStatementReuse(connectionString));
        }
        else
        {
            options.UseSqlite(connectionString)
                // SQLite's migrations are written by hand with no model snapshot (docs/decisions/0002), so EF cannot
                // compare against one; MigrationsMatchTheModelTests checks the migrated schema instead. PostgreSQL's
                // have a snapshot, and EF's check stays on (docs/decisions/0016).
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        }

        options.ReplaceService<IMigrationsAssembly, ProviderMigrations>();
        return options;
    }

    /// <summary>
    /// PostgreSQL parses and plans every statement it is sent unless the statement was prepared; the site sends the same
    /// few statements over and over (the product page, the catalogue's refresh), so Npgsql's automatic preparation pays
    /// for itself after a handful of uses: the uncached product page cost about a quarter less CPU in all (bench/cluster.sh
    /// step 4). An operator's own <c>Max Auto Prepare</c> in the connection string, 0 included, is kept.
    /// </summary>
    internal static string WithStatementReuse(string connectionString)
    {
        // Npgsql's own builder answers ContainsKey for every keyword it knows, set or not: ask the plain one.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPreparedStatements }.ConnectionString;
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared unless the connection string says.</summary>
    internal const int AutoPreparedStatements = 64;

    /// <summary>The provider the configuration names (<c>Ocop:Database:Provider</c>).</summary>
    public static DatabaseProvider ProviderOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;

    public static string ResolveDataDirectory(this ContentStoreOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);

    /// <summary>
    /// Where media originals, decision scans and report photos are kept: <c>Ocop:Storage:Directory</c>, shared by
    /// every server, or the data directory when it is not set.
    /// </summary>
    public static string ResolveStorageDirectory(this ContentStoreOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return string.IsNullOrWhiteSpace(options.Storage.Directory)
            ? options.ResolveDataDirectory(environment)
            : Path.GetFullPath(options.Storage.Directory, environment.ContentRootPath);
    }

    /// <summary>
    /// Creates the data directory, holds it for this process (see <see cref="DataDirectoryLock"/>: no restore while
    /// the site or a command runs) and brings the database schema up to date, one server at a time
    /// (<see cref="IExclusiveWorkLock"/>): a server that finds another migrating waits, then finds nothing to do.
    /// Returns the migrations this call applied.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateContentStoreAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dataDirectory = app.Services.GetRequiredService<IOptions<ContentStoreOptions>>().Value
            .ResolveDataDirectory(app.Environment);
        Directory.CreateDirectory(dataDirectory);
        app.Services.GetRequiredService<DataDirectoryLock>().HoldShared(dataDirectory);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        IReadOnlyList<string> applied;
        await using (await app.Services.GetRequiredService<IExclusiveWorkLock>().AcquireAsync(ExclusiveWork.Migration, app.Lifetime.ApplicationStopping))
        {
            // Asked of the history table only when it exists: EF's GetPendingMigrations would log a failed query on a new database.
            var history = db.GetService<IHistoryRepository>();
            var before = await history.ExistsAsync()
                ? (await history.GetAppliedMigrationsAsync()).Select(m => m.MigrationId).ToHashSet(StringComparer.Ordinal)
                : [];
            await db.Database.MigrateAsync();
            applied = [.. db.Database.GetMigrations().Where(id => !before.Contains(id))];
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while an editor publishes; the setting is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return applied;
    }

    /// <summary>
    /// <c>migrate</c>: brings the database up to date and ends, without starting the site (for an upgrade run once,
    /// before the servers start). Returns false when the arguments do not name it.
    /// </summary>
    public static async Task<bool> RunMigrateCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(MigrateCommand, StringComparer.Ordinal))
        {
            return false;
        }

        var applied = await app.MigrateContentStoreAsync().ConfigureAwait(false);
        var provider = ProviderOf(app.Services);
        await Console.Out.WriteLineAsync(applied.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"The content store ({provider}) was already up to date.")
            : string.Create(CultureInfo.InvariantCulture, $"The content store ({provider}) is up to date: applied {string.Join(", ", applied)}.")).ConfigureAwait(false);
        return true;
    }
}
