using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;
using OcopCatalogue.Tests.Data.PostgreSql;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Cluster;

/// <summary>
/// The cluster of scripts/cluster.sh, started by a test fixture: a database of its own on the test run's PostgreSQL
/// server (<see cref="TestPostgreSql"/>), the schema brought up to date once by the site's <c>migrate</c> command, three
/// processes of the site's build output on loopback ports (started together; one imports uSync/ while the others
/// wait), one shared storage directory, and Debian's HAProxy in front (round robin, GET /readyz every second, down
/// after 2 failures, up after 1 success). Every node names HAProxy's address as its public one.
/// </summary>
public sealed partial class LocalCluster : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _haproxy;
    private readonly ConcurrentQueue<string> _balancerLog = new();
    private Process? _balancer;

    private LocalCluster(string directory, string haproxy, string connectionString, IReadOnlyList<ClusterNodeProcess> nodes, int balancerPort, int statsPort)
    {
        _directory = directory;
        _haproxy = haproxy;
        ConnectionString = connectionString;
        Nodes = nodes;
        BalancerPort = balancerPort;
        StatsPort = statsPort;
    }

    public string ConnectionString { get; }

    public IReadOnlyList<ClusterNodeProcess> Nodes { get; }

    public int BalancerPort { get; }

    public int StatsPort { get; }

    /// <summary>HAProxy's address: the cluster's public address.</summary>
    public Uri Address => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{BalancerPort}"));

    public string StorageDirectory => Path.Combine(_directory, "storage");

    /// <summary>What HAProxy logged: requests that went wrong (an error status, a retry, a connection cut) and its own notices.</summary>
    public string BalancerLog => string.Join('\n', _balancerLog);

    /// <summary>Node 1, 2 or 3.</summary>
    public ClusterNodeProcess Node(int number) => Nodes[number - 1];

    /// <summary>Debian's HAProxy, or null when it is not installed (scripts/test.sh installs it).</summary>
    public static string? FindHaproxy() =>
        new[] { "/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy", "/usr/local/bin/haproxy" }.FirstOrDefault(File.Exists);

    /// <summary>Starts the whole cluster and returns once every node is ready and HAProxy answers.</summary>
    public static async Task<LocalCluster> StartAsync(int nodeCount, IEnumerable<string> nodeOptions, TimeSpan startLimit)
    {
        var haproxy = FindHaproxy() ?? throw new InvalidOperationException("HAProxy is not installed (Debian's haproxy; scripts/test.sh installs it).");
        var dll = SiteDll();
        var directory = Directory.CreateTempSubdirectory("ocop-cluster-").FullName;
        var connectionString = TestPostgreSql.CreateDatabase();
        await MigrateAsync(dll, connectionString, directory);

        var balancerPort = FreePort();
        var statsPort = FreePort();
        var publicAddress = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{balancerPort}");
        var nodes = new List<ClusterNodeProcess>();
        var options = nodeOptions.ToList();
        for (var n = 1; n <= nodeCount; n++)
        {
            var port = FreePort();
            nodes.Add(new ClusterNodeProcess(n, port, dll, SiteDirectory, [
                "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
                "--Ocop:PublicBaseUrl=" + publicAddress,
                "--Ocop:Database:Provider=PostgreSQL",
                "--ConnectionStrings:Ocop=" + connectionString,
                "--Ocop:DataDirectory=" + Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"node{n}")),
                "--Ocop:Storage:Directory=" + Path.Combine(directory, "storage"),
                "--Ocop:USyncDirectory=" + RepositoryPaths.USync,
                string.Create(CultureInfo.InvariantCulture, $"--Ocop:Cluster:NodeName=node{n}"),
                .. options,
            ]));
        }

        var cluster = new LocalCluster(directory, haproxy, connectionString, nodes, balancerPort, statsPort);
        try
        {
            foreach (var node in nodes)
            {
                node.Start();
            }

            await Task.WhenAll(nodes.Select(n => WaitReadyAsync(n, startLimit)));
            cluster.StartBalancer();
            await cluster.WaitForBalancerAsync(TimeSpan.FromSeconds(20));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the node's /readyz answers 200; fails with the end of its log when it exits or never does.</summary>
    public static async Task WaitReadyAsync(ClusterNodeProcess node, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (!node.IsRunning)
            {
                throw new InvalidOperationException($"{node.Name} exited during start.\n{node.LogTail()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            if (watch.Elapsed > limit)
            {
                throw new InvalidOperationException($"{node.Name} was not ready after {limit.TotalSeconds:F0} s.\n{node.LogTail()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>What HAProxy's statistics say of a node now: "UP", "DOWN", "UP 1/2" (going down), "DOWN 1/1"...</summary>
    public async Task<string> BalancerStatusAsync(ClusterNodeProcess node)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var csv = await client.GetStringAsync(new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{StatsPort}/;csv")));
        var row = csv.Split('\n').Select(l => l.Split(',')).FirstOrDefault(f => f.Length > 17 && f[0] == "nodes" && f[1] == node.Name);
        return row?[17] ?? "";
    }

    /// <summary>The first-administrator link's path and query from the log of the node that wrote it, and that node.</summary>
    public async Task<(ClusterNodeProcess Node, string PathAndQuery)> SetUpLinkAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            foreach (var node in Nodes)
            {
                var match = SetUpLink().Match(node.Log);
                if (match.Success)
                {
                    return (node, match.Value);
                }
            }

            if (watch.Elapsed > limit)
            {
                throw new InvalidOperationException("No node wrote the first-administrator link.\n" + string.Join('\n', Nodes.Select(n => n.LogTail(10))));
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Runs SQL on the cluster's database; the first column of the first row, if any.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_balancer is { } balancer)
        {
            if (!balancer.HasExited)
            {
                balancer.Kill();
                await balancer.WaitForExitAsync();
            }

            balancer.Dispose();
        }

        foreach (var node in Nodes)
        {
            node.Dispose();
        }

        TestPostgreSql.DropDatabase(ConnectionString);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is going; the temporary folder goes with the machine.
        }
    }

    private void StartBalancer()
    {
        var config = Path.Combine(_directory, "haproxy.cfg");
        File.WriteAllText(config, HaproxyConfig());
        var start = new ProcessStartInfo(_haproxy) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-db", "-f", config })
        {
            start.ArgumentList.Add(argument);
        }

        _balancer = Process.Start(start) ?? throw new InvalidOperationException("HAProxy did not start.");
        _balancer.OutputDataReceived += (_, e) => Keep(e.Data);
        _balancer.ErrorDataReceived += (_, e) => Keep(e.Data);
        _balancer.BeginOutputReadLine();
        _balancer.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _balancerLog.Enqueue(line);
        }
    }

    // As scripts/lib/cluster.sh writes it: X-Forwarded-For overwritten with the client's address (the site reads
    // the right-most value, from loopback only); a request refused by a dead node's port, or a kept-alive connection
    // closed without an answer, is sent again to another node (redispatch) instead of answering 502.
    private string HaproxyConfig()
    {
        var servers = string.Join('\n', Nodes.Select(n => string.Create(CultureInfo.InvariantCulture, $"    server {n.Name} 127.0.0.1:{n.Port} check")));
        return string.Create(CultureInfo.InvariantCulture, $"""
            global
                maxconn 4096
                log stdout format raw local0 info

            defaults
                mode http
                log global
                option httplog
                option dontlog-normal
                timeout connect 2s
                timeout client 30s
                timeout server 30s
                timeout http-request 10s
                retries 2
                retry-on conn-failure empty-response response-timeout
                option redispatch
                option http-keep-alive

            frontend ocop
                bind 127.0.0.1:{BalancerPort}
                http-request set-header X-Forwarded-For %[src]
                http-request set-header X-Forwarded-Proto http
                default_backend nodes

            backend nodes
                balance roundrobin
                option httpchk GET /readyz
                http-check expect status 200
                default-server inter 1s fall 2 rise 1
            {servers}

            listen stats
                bind 127.0.0.1:{StatsPort}
                stats enable
                stats uri /

            """);
    }

    private async Task WaitForBalancerAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (watch.Elapsed < limit)
            {
                // HAProxy checks each server once before it sends it requests.
            }

            if (watch.Elapsed > limit || _balancer is { HasExited: true })
            {
                throw new InvalidOperationException("HAProxy does not answer " + Address);
            }

            await Task.Delay(100);
        }
    }

    private static string SiteDirectory => Path.Combine(RepositoryPaths.Root, "src", "OcopCatalogue.Web");

    /// <summary>The site's build output in the configuration the tests were built in (Release in scripts/test.sh).</summary>
    private static string SiteDll()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent?.Name ?? "Release";
        var dll = Path.Combine(SiteDirectory, "bin", configuration, framework.Name, "OcopCatalogue.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The site's build output {dll} is missing: build the solution first.");
    }

    private static async Task MigrateAsync(string dll, string connectionString, string directory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SiteDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "migrate", "--Ocop:Database:Provider=PostgreSQL", "--ConnectionStrings:Ocop=" + connectionString,
            "--Ocop:DataDirectory=" + Path.Combine(directory, "migrate") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The migrate command did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"migrate exited with {process.ExitCode}: {await errors}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("/backoffice/thiet-lap\\?token=[A-Za-z0-9_-]+")]
    private static partial Regex SetUpLink();
}
