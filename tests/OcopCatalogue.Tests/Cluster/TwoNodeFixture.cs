using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.Cluster;

/// <summary>
/// Two servers of one cluster: two hosts on one store (the same SQLite file, or the same PostgreSQL database), each
/// with its own services (its own <see cref="Web.Cluster.ClusterNode"/>, leases, limiters and key ring cache), on one
/// fake clock that stands still unless a test moves it (so a rate-limit window never ends mid-test). On PostgreSQL the
/// second server has a data directory of its own, as a real one does, so nothing passes between them through files
/// (the key folder or salt file of old): only through the store. On SQLite the store is a file in the one directory.
/// </summary>
public abstract class TwoNodeFixture(DatabaseProvider provider)
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private USyncCopy? _usync;
    private OcopWebFactory? _site;
    private string? _directoryOfB;

    protected DatabaseProvider Provider => provider;

    /// <summary>The shared SQLite file.</summary>
    protected string DatabasePath => _site!.DatabasePath;

    /// <summary>The shared PostgreSQL database; null on SQLite.</summary>
    protected string? ConnectionString => _site!.ConnectionString;

    protected FakeClock Clock { get; } = new(Start);

    /// <summary>The first server.</summary>
    protected WebApplicationFactory<Program> A { get; private set; } = null!;

    /// <summary>The second server, started once the first is up.</summary>
    protected WebApplicationFactory<Program> B { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartNodes()
    {
        _usync = USyncCopy.OfRepository();
        _site = new OcopWebFactory(_usync.Path, Clock, Settings) { Provider = provider };
        // Each derived host runs the parent's configuration: the same data directory and, on PostgreSQL, the same database.
        A = _site.WithWebHostBuilder(_ => { });
        _ = A.Server;
        _directoryOfB = provider == DatabaseProvider.PostgreSql ? Directory.CreateTempSubdirectory("ocop-test-node-b-").FullName : null;
        B = _site.WithWebHostBuilder(b =>
        {
            if (_directoryOfB is not null)
            {
                b.UseSetting("Ocop:DataDirectory", _directoryOfB);
            }
        });
        _ = B.Server;
    }

    [OneTimeTearDown]
    public void StopNodes()
    {
        B?.Dispose();
        A?.Dispose();
        _site?.Dispose();
        _usync?.Dispose();
        if (_directoryOfB is not null)
        {
            Directory.Delete(_directoryOfB, recursive: true);
        }
    }

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Clients of the two servers sharing one cookie jar, as one browser behind a load balancer.</summary>
    protected static (HttpClient OnA, HttpClient OnB) OneBrowser(WebApplicationFactory<Program> a, WebApplicationFactory<Program> b, string? address = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var jar = new System.Net.CookieContainer();
        var onA = a.CreateDefaultClient(new CookieContainerHandler(jar));
        var onB = b.CreateDefaultClient(new CookieContainerHandler(jar));
        if (address is not null)
        {
            onA.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
            onB.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        }

        return (onA, onB);
    }
}
