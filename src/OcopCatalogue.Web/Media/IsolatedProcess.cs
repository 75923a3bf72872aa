using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// Runs an outside program on untrusted input the careful way: an argument list (no shell to interpret anything),
/// a working directory of its own, a minimal environment, an optional address-space cap through <c>prlimit</c>,
/// and a time limit after which the whole process tree is killed. Its peak resident memory is sampled from /proc.
/// </summary>
public static class IsolatedProcess
{
    private const int MaxErrorText = 4000;
    private static readonly string[] SearchPath = ["/usr/local/bin", "/usr/bin", "/bin"];

    /// <summary>The full path of a program: as given when it has a directory, else the first match on PATH.</summary>
    public static string? Locate(string program)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(program);
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? Path.GetFullPath(program) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return path.Concat(SearchPath)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<IsolatedRun> RunAsync(IsolatedCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = command.WorkingDirectory,
            CreateNoWindow = true,
        };
        if (command.MemoryLimitBytes > 0 && command.Prlimit is { } prlimit)
        {
            // prlimit sets the limit and then becomes the program (exec), so the pid, the timing and the kill stay the same.
            start.FileName = prlimit;
            start.ArgumentList.Add("--as=" + command.MemoryLimitBytes.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(command.Program);
        }
        else
        {
            start.FileName = command.Program;
        }

        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the site's environment (connection strings, secrets, proxies) reaches the program.
        start.Environment.Clear();
        start.Environment["PATH"] = string.Join(':', SearchPath);
        start.Environment["HOME"] = command.WorkingDirectory;
        start.Environment["TMPDIR"] = command.WorkingDirectory;
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (name, value) in command.Environment)
        {
            start.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.Start();
        process.StandardInput.Close();
        var errors = ReadBoundedAsync(process.StandardError);
        var output = ReadBoundedAsync(process.StandardOutput);
        var peak = new PeakMemory(process.Id);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(command.Timeout);
        var timedOut = false;
        try
        {
            var exited = process.WaitForExitAsync(timeout.Token);
            while (!exited.IsCompleted)
            {
                peak.Sample();
                await Task.WhenAny(exited, Task.Delay(20, CancellationToken.None)).ConfigureAwait(false);
            }

            await exited.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            if (!timedOut)
            {
                throw;
            }
        }

        stopwatch.Stop();
        return new IsolatedRun(
            timedOut ? null : process.ExitCode,
            timedOut,
            await errors.ConfigureAwait(false),
            await output.ConfigureAwait(false),
            stopwatch.Elapsed,
            peak.Kilobytes);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended by itself between the time-out and the kill.
        }
    }

    /// <summary>Reads a stream to its end (so the program never blocks on a full pipe) and keeps only its beginning.</summary>
    private static async Task<string> ReadBoundedAsync(StreamReader reader)
    {
        var kept = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false)) > 0)
        {
            if (kept.Length < MaxErrorText)
            {
                kept.Append(buffer, 0, Math.Min(read, MaxErrorText - kept.Length));
            }
        }

        return kept.ToString();
    }

    /// <summary>The kernel's high-water mark of resident memory (VmHWM), read while the process lives.</summary>
    private sealed class PeakMemory(int pid)
    {
        private readonly string _status = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status";

        public long? Kilobytes { get; private set; }

        public void Sample()
        {
            try
            {
                foreach (var line in File.ReadLines(_status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                        && long.TryParse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
                    {
                        Kilobytes = Math.Max(Kilobytes ?? 0, kb);
                        return;
                    }
                }
            }
            catch (IOException)
            {
                // Gone already, or no /proc (not Linux): the figure is for measurement only.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
