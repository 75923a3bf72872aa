using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>
/// The real site on Kestrel, on a free loopback port, with a fresh SQLite file in a temporary data directory and
/// the repository's uSync/ content: what a browser can reach, unlike the in-memory test server.
/// </summary>
public sealed class LiveSite : WebApplicationFactory<Program>
{
    public LiveSite()
    {
        DataDirectory = Directory.CreateTempSubdirectory("ocop-browser-").FullName;
        // Port 0: the system picks a free port, so runs on one machine never collide.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory { get; }

    /// <summary>Where the site answers, known once <see cref="Start"/> has run.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the host (migrating the database and importing uSync/) and returns its address.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        Address = new Uri(addresses.Addresses.First());
        return Address;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Ocop:DataDirectory", DataDirectory);
        builder.UseSetting("Ocop:USyncDirectory", RepositoryPaths.USync);
        // Every browser test comes from one loopback "network": typing in many tests must not hit the suggestion limit,
        // nor the journeys' sign-ins (the evaluation round alone signs in eight people) the limit of ten a minute.
        // Both limits are tested in the integration tests.
        builder.UseSetting("Ocop:RateLimits:SuggestPerMinute", "100000");
        builder.UseSetting("Ocop:RateLimits:SignInPerMinute", "100000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing request; the temporary folder is left to the system.
            }
        }
    }
}
