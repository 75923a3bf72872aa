using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OcopCatalogue.Tests.Data.PostgreSql;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// The real host on a fresh SQLite file in a temporary data directory, importing the repository's uSync/
/// folder unless a test gives another one. One factory per fixture; disposing it deletes the directory.
/// </summary>
public sealed class OcopWebFactory : WebApplicationFactory<Program>
{
    private readonly string? _uSyncDirectory;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Configuration for this host only, e.g. <c>["Ocop:RateLimits:SignInPerMinute"] = "3"</c>.</param>
    public OcopWebFactory(string? uSyncDirectory = null, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _uSyncDirectory = uSyncDirectory;
        _settings = settings ?? new Dictionary<string, string?>();
        Clock = clock;
        DataDirectory = Directory.CreateTempSubdirectory("ocop-test-").FullName;
    }

    public string DataDirectory { get; }

    public TimeProvider? Clock { get; }

    public string USyncDirectory => _uSyncDirectory ?? RepositoryPaths.USync;

    public string DatabasePath => Path.Combine(DataDirectory, ContentStoreExtensions.DatabaseFileName);

    /// <summary>The content store's provider; on PostgreSQL the site gets a database of its own on <see cref="TestPostgreSql"/>.</summary>
    public DatabaseProvider Provider { get; init; }

    /// <summary>The PostgreSQL database's connection string once the host is built; null on SQLite.</summary>
    public string? ConnectionString { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Ocop:DataDirectory", DataDirectory);
        builder.UseSetting("Ocop:USyncDirectory", USyncDirectory);
        if (Provider == DatabaseProvider.PostgreSql)
        {
            ConnectionString ??= TestPostgreSql.CreateDatabase();
            builder.UseSetting("Ocop:Database:Provider", "PostgreSQL");
            builder.UseSetting("ConnectionStrings:Ocop", ConnectionString);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
        // Test clients share one "network" (no remote address unless a test sets one with TestClientAddress), so the
        // production rate limits would refuse tests that sign in many times; tests of the limits set low ones.
        builder.UseSetting("Ocop:RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("Ocop:RateLimits:SuggestPerMinute", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(Clock)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (ConnectionString is not null)
            {
                TestPostgreSql.DropDatabase(ConnectionString);
            }

            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing request; the temp folder is cleaned by the OS later.
            }
        }
    }
}
