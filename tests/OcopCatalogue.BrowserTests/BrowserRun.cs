using Microsoft.Playwright;
using OcopCatalogue.BrowserTests.Support;

// In the root namespace, so NUnit runs it once around every test of this assembly.
namespace OcopCatalogue.BrowserTests;

/// <summary>
/// Once per test run: the real site and one headless Debian Chromium (Playwright cannot download its own browser
/// here). Each test gets a fresh browser context from <see cref="BrowserTest"/>.
/// </summary>
[SetUpFixture]
public sealed class BrowserRun
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static LiveSite? _site;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static LiveSite Site => _site ?? throw new InvalidOperationException("The site has not been started.");

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"{ChromiumPath} is missing: run `bash scripts/test.sh`, which installs Debian's chromium.");
        }

        _site = new LiveSite();
        var address = _site.Start();
        await TestContext.Progress.WriteLineAsync($"Site under test: {address}");
        await TestSalesPoints.SeedAsync(_site);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI needs --no-sandbox; the rest stop Chromium calling home, which the closed network refuses.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_site is not null)
        {
            await _site.DisposeAsync();
            _site = null;
        }
    }
}
