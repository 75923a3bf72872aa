using System.Net;
using Microsoft.Extensions.Options;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.OpenData;

namespace OcopCatalogue.Tests.OpenData;

public sealed class OpenDataPageTests
{
    private static SeededSite Site => SeededSite.Instance;

    [TestCase("/du-lieu-mo", "Dữ liệu mở OCOP")]
    [TestCase("/en/open-data", "OCOP open data")]
    public async Task Page_names_the_licence_links_every_file_and_describes_every_field(string url, string title)
    {
        var page = await HtmlPage.GetAsync(Site.Client, url);
        var downloads = page.Document.QuerySelectorAll("ul.downloads a").Select(a => a.GetAttribute("href")).ToList();
        var described = page.Document.QuerySelectorAll("table.field-dictionary td").Select(td => td.TextContent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.H1, Is.EqualTo(title));
            Assert.That(page.Document.QuerySelector("a[rel=license]")?.GetAttribute("href"), Is.EqualTo("https://creativecommons.org/licenses/by/4.0/"));
            Assert.That(page.Document.QuerySelector("a[rel=license]")?.TextContent, Is.EqualTo("CC BY 4.0"));
            Assert.That(downloads, Has.Count.EqualTo(12).And.Contain("/du-lieu-mo/chung-nhan.xlsx"));
            // A missing resource would show its key.
            Assert.That(described, Has.None.StartsWith("OpenData."));
            Assert.That(described, Has.Count.EqualTo(OpenDataFiles.Columns.Values.Sum(c => c.Count)));
        });
    }

    [TestCase("", "https://creativecommons.org/licenses/by/4.0/")]
    [TestCase("CC BY 4.0", "javascript:alert(1)")]
    [TestCase("CC BY 4.0", "not a url")]
    public void A_licence_without_a_name_or_an_http_address_is_refused_on_start(string name, string url)
    {
        var result = new OpenDataOptionsValidator().Validate(null, new OpenDataOptions { Licence = new OpenDataLicence { Name = name, Url = url } });

        Assert.That(result.Failed, Is.True);
    }

    [Test]
    public void The_default_licence_is_accepted()
    {
        Assert.That(new OpenDataOptionsValidator().Validate(null, new OpenDataOptions()), Is.EqualTo(ValidateOptionsResult.Success));
    }
}
