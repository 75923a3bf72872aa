using OcopCatalogue.BrowserTests.Pages;
using OcopCatalogue.BrowserTests.Support;

namespace OcopCatalogue.BrowserTests.Site;

/// <summary>The home page in a real browser: also the check that the site, the browser and the run work at all.</summary>
[TestFixture]
public sealed class HomePageTests : BrowserTest
{
    [Test]
    public async Task Home_page_loads_in_Vietnamese_with_its_stylesheet_and_no_failed_request()
    {
        var failures = new List<string>();
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failures.Add($"{response.Status} {response.Url}");
            }
        };
        Page.RequestFailed += (_, request) => failures.Add($"{request.Failure} {request.Url}");

        var (home, status) = await SitePage.OpenPathAsync(Page, "/");

        var language = await Page.Locator("html").GetAttributeAsync("lang");
        var styledBySiteCss = await Page.EvaluateAsync<bool>("""
            () => [...document.styleSheets].some(s => s.href && s.href.includes('/css/site') && s.cssRules.length > 0)
            """);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(language, Is.EqualTo("vi"));
            Assert.That(await home.HeadingAsync(), Is.Not.Empty);
            Assert.That(styledBySiteCss, Is.True, "the site's stylesheet is loaded and has rules");
            Assert.That(failures, Is.Empty, "every request of the page succeeds");
        });
    }
}
