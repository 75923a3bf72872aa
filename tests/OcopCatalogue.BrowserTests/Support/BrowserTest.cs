using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace OcopCatalogue.BrowserTests.Support;

/// <summary>
/// Base of every browser test: a new, isolated browser context per test (no cookies or cache shared between
/// tests) in the one browser of the run, and a screenshot in the test's results when it fails.
/// </summary>
public abstract class BrowserTest
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private readonly List<string> _policyViolations = [];
    private IBrowserContext? _context;
    private IPage? _page;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page exists only while a test runs.");

    /// <summary>The window the test sees; phone-sized unless a fixture says otherwise (the site is mobile first).</summary>
    protected virtual ViewportSize Viewport => Phone;

    protected virtual BrowserNewContextOptions ContextOptions() => new()
    {
        BaseURL = BrowserRun.Site.Address.ToString(),
        ViewportSize = Viewport,
        Locale = "vi-VN",
        TimezoneId = "Asia/Ho_Chi_Minh",
    };

    [SetUp]
    public async Task OpenContextAsync()
    {
        _context = await BrowserRun.Browser.NewContextAsync(ContextOptions());
        // Short enough that a missing element fails a test in seconds, long enough for a loaded 2-core machine.
        _context.SetDefaultTimeout(15_000);
        _context.SetDefaultNavigationTimeout(30_000);
        _page = await _context.NewPageAsync();
        // The browser enforces the content security policy: anything it refuses (an inline script or style, a
        // foreign resource) is a page that works in tests without the policy and breaks for visitors.
        _policyViolations.Clear();
        _page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Add(message.Text);
            }
        };
    }

    [TearDown]
    public async Task CloseContextAsync()
    {
        if (_page is not null && TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
        {
            var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots",
                string.Concat(TestContext.CurrentContext.Test.Name.Split(Path.GetInvalidFileNameChars())) + ".png");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            try
            {
                await _page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                TestContext.AddTestAttachment(file, "the page when the test failed");
            }
            catch (PlaywrightException)
            {
                // The page may be gone (a crashed renderer); the failure itself is what matters.
            }
        }

        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _context = null;
        _page = null;
        Assert.That(_policyViolations, Is.Empty, "the browser refused something under the content security policy");
    }
}
