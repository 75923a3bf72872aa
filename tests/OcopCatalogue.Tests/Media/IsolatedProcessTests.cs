using System.Diagnostics;
using System.Globalization;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Tests.Media;

public sealed class IsolatedProcessTests
{
    private string _work = null!;

    [SetUp]
    public void CreateWorkDirectory() => _work = Directory.CreateTempSubdirectory("ocop-isolated-").FullName;

    [TearDown]
    public void DeleteWorkDirectory() => Directory.Delete(_work, recursive: true);

    private IsolatedCommand Command(string program, params string[] arguments) =>
        new(IsolatedProcess.Locate(program)!, arguments, _work, TimeSpan.FromSeconds(20));

    [Test]
    public async Task The_program_sees_a_minimal_environment_and_its_own_working_directory()
    {
        Environment.SetEnvironmentVariable("OCOP_TEST_SECRET", "connection-string");
        try
        {
            var run = await IsolatedProcess.RunAsync(Command("env") with { Environment = new Dictionary<string, string> { ["VIPS_BLOCK_UNTRUSTED"] = "1" } }, CancellationToken.None);
            var names = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).Order().ToList();

            Assert.Multiple(() =>
            {
                Assert.That(run.Succeeded, Is.True);
                Assert.That(names, Is.EqualTo(new[] { "HOME", "LANG", "PATH", "TMPDIR", "VIPS_BLOCK_UNTRUSTED" }));
                Assert.That(run.Output, Does.Contain("HOME=" + _work).And.Contain("TMPDIR=" + _work));
                Assert.That(run.Output, Does.Not.Contain("connection-string"));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("OCOP_TEST_SECRET", null);
        }
    }

    [Test]
    public async Task Arguments_are_passed_as_they_are_with_no_shell_to_interpret_them()
    {
        var marker = Path.Combine(_work, "touched");

        var run = await IsolatedProcess.RunAsync(Command("echo", $"$(touch {marker})", "; touch " + marker, "`id`"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(run.Output.Trim(), Is.EqualTo($"$(touch {marker}) ; touch {marker} `id`"));
            Assert.That(File.Exists(marker), Is.False);
        });
    }

    [Test]
    public async Task A_program_running_past_its_time_limit_is_killed_with_its_children()
    {
        // The shell stands for a program that starts helpers of its own; the site itself never runs a shell.
        var command = Command("sh", "-c", "sleep 120 & echo $!; wait") with { Timeout = TimeSpan.FromSeconds(1) };
        var stopwatch = Stopwatch.StartNew();

        var run = await IsolatedProcess.RunAsync(command, CancellationToken.None);
        var child = int.Parse(run.Output.Trim(), CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(run.TimedOut, Is.True);
            Assert.That(run.Succeeded, Is.False);
            Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
            Assert.That(IsRunning(child), Is.False, "the grandchild 'sleep' was killed too");
        });
    }

    [Test]
    public async Task The_memory_cap_is_set_through_prlimit_when_it_is_installed()
    {
        var prlimit = IsolatedProcess.Locate("prlimit");
        Assume.That(prlimit, Is.Not.Null, "util-linux's prlimit is not installed");
        var command = Command("cat", "/proc/self/limits") with { MemoryLimitBytes = 300L * 1024 * 1024, Prlimit = prlimit };

        var run = await IsolatedProcess.RunAsync(command, CancellationToken.None);
        var line = run.Output.Split('\n').Single(l => l.StartsWith("Max address space", StringComparison.Ordinal));

        Assert.That(line, Does.Contain((300L * 1024 * 1024).ToString(CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Peak_memory_is_sampled_from_proc()
    {
        var run = await IsolatedProcess.RunAsync(Command("sleep", "0.3"), CancellationToken.None);

        Assert.That(run.PeakResidentKilobytes, Is.GreaterThan(0));
    }

    /// <summary>Alive and not a zombie waiting for a parent (in a container nobody may reap it).</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        for (var i = 0; i < 50; i++)
        {
            if (!File.Exists(stat))
            {
                return false;
            }

            string text;
            try
            {
                text = File.ReadAllText(stat);
            }
            catch (IOException)
            {
                return false;
            }

            var state = text[(text.LastIndexOf(')') + 2)..][0];
            if (state is 'Z' or 'X')
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }
}
