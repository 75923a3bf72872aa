using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OcopCatalogue.Tests.Cluster;

/// <summary>
/// One node of a <see cref="LocalCluster"/>: the site's build output run as a process of its own (<c>dotnet
/// OcopCatalogue.Web.dll</c>), as in production, with its output kept for the test's messages. It can be killed
/// (SIGKILL), paused (SIGSTOP) and started again on the same port and data directory.
/// </summary>
public sealed class ClusterNodeProcess : IDisposable
{
    private readonly string _dll;
    private readonly string _workingDirectory;
    private readonly IReadOnlyList<string> _arguments;
    private readonly StringBuilder _log = new();
    private readonly Lock _logLock = new();
    private Process? _process;

    public ClusterNodeProcess(int number, int port, string dll, string workingDirectory, IReadOnlyList<string> arguments)
    {
        Number = number;
        Port = port;
        _dll = dll;
        _workingDirectory = workingDirectory;
        _arguments = arguments;
    }

    public int Number { get; }

    public int Port { get; }

    public Uri Address => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}"));

    public string Name => string.Create(CultureInfo.InvariantCulture, $"node{Number}");

    public bool IsRunning => _process is { HasExited: false };

    public int ProcessId => _process?.Id ?? 0;

    /// <summary>Everything the node wrote to its console since the fixture began (all of its runs).</summary>
    public string Log
    {
        get
        {
            lock (_logLock)
            {
                return _log.ToString();
            }
        }
    }

    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} runs already.");
        }

        _process?.Dispose();

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_dll);
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The node runs as in production, whatever the test runner's environment says.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Ocop__", StringComparison.Ordinal)
            || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || k is "DOTNET_ENVIRONMENT").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        Append($"--- {Name} starting at {DateTime.UtcNow:HH:mm:ss.fff} ---");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>SIGKILL: the process ends at once, as in a crash or an out-of-memory kill.</summary>
    public void Kill()
    {
        if (_process is { } process && !process.HasExited)
        {
            Append($"--- {Name} killed (SIGKILL) at {DateTime.UtcNow:HH:mm:ss.fff} ---");
            process.Kill();
            process.WaitForExit();
        }
    }

    /// <summary>SIGSTOP or SIGCONT: the process stops running (its connections stay open) or runs on.</summary>
    public void Signal(string signal)
    {
        if (_process is { HasExited: false } process)
        {
            Append($"--- {Name} sent SIG{signal} at {DateTime.UtcNow:HH:mm:ss.fff} ---");
            using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)])
                ?? throw new InvalidOperationException("kill did not start");
            kill.WaitForExit();
        }
    }

    /// <summary>The end of the node's log, for a failing test's message.</summary>
    public string LogTail(int lines = 30)
    {
        var all = Log.Split('\n');
        return $"--- the end of {Name}'s log ---\n" + string.Join('\n', all.TakeLast(lines));
    }

    public void Dispose()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }

            process.Dispose();
            _process = null;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            _log.AppendLine(line);
        }
    }
}
