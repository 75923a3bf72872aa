using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace OcopCatalogue.Tests.Support;

/// <summary>
/// The W3C Nu HTML checker (vnu.jar from the npm package vnu-jar, run by Java), both installed by
/// scripts/test.sh. One run checks many files: the Java start-up is the slow part.
/// </summary>
public static class NuHtmlChecker
{
    public static string Jar => Path.Combine(RepositoryPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The errors in the given HTML files, each named by the page it was fetched from.</summary>
    public static async Task<IReadOnlyList<NuMessage>> ErrorsAsync(IReadOnlyDictionary<string, string> pageOfFile)
    {
        if (!File.Exists(Jar))
        {
            Assert.Fail($"{Jar} is missing: run `bash scripts/test.sh`, which installs the Nu HTML checker (npm ci).");
        }

        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", Jar, "--errors-only", "--format", "json", "--stdout" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in pageOfFile.Keys)
        {
            start.ArgumentList.Add(file);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        }
        catch (Win32Exception e)
        {
            throw new AssertionException(
                $"Java is needed for the Nu HTML checker and could not be started ({e.Message}): run `bash scripts/test.sh`.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            return Parse(await output, await errors, pageOfFile);
        }
    }

    private static List<NuMessage> Parse(string json, string standardError, IReadOnlyDictionary<string, string> pageOfFile)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new AssertionException("The Nu HTML checker gave no report: " + standardError);
        }

        var pageOfName = pageOfFile.ToDictionary(p => Path.GetFileName(p.Key), p => p.Value);
        using var report = JsonDocument.Parse(json);
        var messages = new List<NuMessage>();
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            // "error" is invalid HTML, "non-document-error" a file the checker could not read: both fail.
            var type = message.GetProperty("type").GetString();
            if (type is not ("error" or "non-document-error"))
            {
                continue;
            }

            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            // The checker names files as "file:/tmp/..." (one slash), which System.Uri does not parse.
            var name = url[(url.LastIndexOf('/') + 1)..];
            messages.Add(new NuMessage(
                pageOfName.GetValueOrDefault(name, url),
                message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                message.GetProperty("message").GetString() ?? type));
        }

        return messages;
    }
}
