using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OcopCatalogue.Tests.Data.PostgreSql;

/// <summary>
/// One PostgreSQL server for the whole test run, started on first use from Debian's server binaries (initdb and
/// pg_ctl) in a temporary directory, on a free loopback port with its socket in that directory, and stopped by
/// <see cref="TestPostgreSqlTeardown"/>. Every fixture gets a database of its own. As root (CI), the server runs as the
/// <c>postgres</c> user, because initdb refuses root. A server left behind by a test run that was killed is stopped by
/// the next run.
/// </summary>
public static class TestPostgreSql
{
    private const string Prefix = "ocop-pg-";
    private static readonly Lazy<Server> Instance = new(Server.Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    /// <summary>A new empty database on the test server; its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = Instance.Value;
        var name = string.Create(CultureInfo.InvariantCulture, $"ocop_{Interlocked.Increment(ref _databases)}");
        server.Execute($"CREATE DATABASE {name}");
        return server.ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, with whatever connections are still open to it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Instance.Value.Execute($"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    public static void StopIfStarted()
    {
        if (Instance.IsValueCreated)
        {
            Instance.Value.Stop();
        }
    }

    private sealed class Server
    {
        private readonly string _bin;
        private readonly string _directory;
        private readonly int _port;

        private Server(string bin, string directory, int port)
        {
            _bin = bin;
            _directory = directory;
            _port = port;
        }

        private string DataDirectory => Path.Combine(_directory, "data");

        public static Server Start()
        {
            var bin = FindBinaries();
            StopAbandoned(bin);
            var directory = Directory.CreateTempSubdirectory(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-")).FullName;
            if (AsRoot)
            {
                Run("chown", ["postgres:postgres", directory]);
            }

            RunAsServer(Path.Combine(bin, "initdb"), ["-D", Path.Combine(directory, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync", "--no-instructions"]);
            for (var attempt = 1; ; attempt++)
            {
                var server = new Server(bin, directory, FreePort());
                try
                {
                    server.PgCtl("start", "-w", "-t", "60", "-l", Path.Combine(directory, "server.log"), "-o",
                        $"-p {server._port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                        + "-c full_page_writes=off -c max_connections=300");
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                    // The port was taken between choosing it and the server binding it; another one.
                }
            }
        }

        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Username = "postgres",
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;

        public void Execute(string sql)
        {
            using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }

        public void Stop()
        {
            try
            {
                PgCtl("stop", "-m", "immediate", "-w");
            }
            finally
            {
                Directory.Delete(_directory, recursive: true);
            }
        }

        private void PgCtl(params string[] args) => RunAsServer(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, .. args]);

        /// <summary>Servers of test runs whose process is gone (killed before their teardown).</summary>
        private static void StopAbandoned(string bin)
        {
            foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
            {
                var pid = Path.GetFileName(directory)[Prefix.Length..].Split('-')[0];
                if (!int.TryParse(pid, CultureInfo.InvariantCulture, out var id) || Directory.Exists($"/proc/{id}"))
                {
                    continue;
                }

                try
                {
                    if (File.Exists(Path.Combine(directory, "data", "postmaster.pid")))
                    {
                        RunAsServer(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "stop", "-m", "immediate", "-w"]);
                    }
                }
                catch (InvalidOperationException)
                {
                    // Not running any more; the files go all the same.
                }

                Directory.Delete(directory, recursive: true);
            }
        }

        private static string FindBinaries()
        {
            var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
            // Debian installs the server's programs under /usr/lib/postgresql/<version>/bin, off the PATH.
            var debian = Directory.Exists("/usr/lib/postgresql")
                ? Directory.EnumerateDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                    .Where(d => File.Exists(Path.Combine(d, "initdb")))
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), CultureInfo.InvariantCulture, out var v) ? v : 0)
                    .FirstOrDefault()
                : null;
            return debian ?? onPath ?? throw new InvalidOperationException(
                "The PostgreSQL tests need PostgreSQL's server programs (initdb, pg_ctl): install Debian's postgresql (scripts/test.sh does).");
        }

        private static bool AsRoot => Environment.UserName == "root";

        private static string RunAsServer(string program, string[] args) =>
            AsRoot ? Run("runuser", ["-u", "postgres", "--", program, .. args]) : Run(program, args);

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static string Run(string program, string[] args)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{program} {string.Join(' ', args)} did not finish in 2 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {errors.Result}{output.Result}");
            }

            return output.Result;
        }
    }
}
