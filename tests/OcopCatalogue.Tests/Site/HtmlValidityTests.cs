using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopCatalogue.Tests.Support;

namespace OcopCatalogue.Tests.Site;

/// <summary>Every public page, as the site serves it with the real content, is valid HTML for the W3C Nu checker.</summary>
public sealed partial class HtmlValidityTests
{
    [Test]
    public async Task Every_public_page_is_valid_html()
    {
        using var factory = new OcopWebFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // The real content has no opening schedule or coordinates yet; test sales points bring those pages in.
        await SalesPointFixtures.SeedAsync(factory);
        var paths = (await PublicPages.PathsAsync(factory)).Append(PublicPages.NotFound).ToList();
        var folder = Directory.CreateTempSubdirectory("ocop-html-").FullName;
        try
        {
            var pageOfFile = new Dictionary<string, string>();
            var wrongAnswers = new List<string>();
            foreach (var (path, index) in paths.Select((p, i) => (p, i)))
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var expected = path == PublicPages.NotFound ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                if (response.StatusCode != expected || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    wrongAnswers.Add($"{path}: {(int)response.StatusCode} {response.Content.Headers.ContentType}, expected {(int)expected} text/html");
                    continue;
                }

                var file = Path.Combine(folder, $"{index.ToString("D3", CultureInfo.InvariantCulture)}-{FileSafe().Replace(path, "-").Trim('-')}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                pageOfFile[file] = path;
            }

            var errors = pageOfFile.Count > 0 ? await NuHtmlChecker.ErrorsAsync(pageOfFile) : [];

            Assert.Multiple(() =>
            {
                Assert.That(wrongAnswers, Is.Empty, "pages that did not answer as expected");
                Assert.That(errors, Is.Empty,
                    $"{errors.Count} HTML error(s) in {pageOfFile.Count} pages:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Nu_checker_reports_an_unclosed_element_with_its_page_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("ocop-html-").FullName;
        try
        {
            var file = Path.Combine(folder, "broken.html");
            await File.WriteAllTextAsync(file,
                "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><title>Hỏng</title></head>\n<body>\n<p>Chào <b></p>\n</body>\n</html>\n");

            var errors = await NuHtmlChecker.ErrorsAsync(new Dictionary<string, string> { [file] = "/hong" });

            Assert.That(errors, Is.Not.Empty);
            Assert.That(errors.Select(e => (e.Page, e.Line)), Has.Member(("/hong", 5)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("[^a-zA-Z0-9]+")]
    private static partial Regex FileSafe();
}
