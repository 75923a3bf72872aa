using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Tests.BackOffice.Editing;

/// <summary>
/// A site on a copy of uSync/ with publishing's uSync export switched on, so tests see the files a publish writes;
/// staff act through HTTP with real accounts. Each test works on items of its own.
/// </summary>
public abstract class EditingFixture
{
    private USyncCopy? _usync;
    private OcopWebFactory? _factory;
    private WebApplicationFactory<Program>? _exporting;

    protected USyncCopy USync => _usync ?? throw new InvalidOperationException("Not started.");

    /// <summary>The site, with Ocop:ContentSync:ExportOnPublish on.</summary>
    protected WebApplicationFactory<Program> Site => _exporting ?? throw new InvalidOperationException("Not started.");

    [OneTimeSetUp]
    public void StartSite()
    {
        _usync = USyncCopy.OfRepository();
        _factory = new OcopWebFactory(_usync.Path);
        _exporting = _factory.WithWebHostBuilder(b => b.UseSetting("Ocop:ContentSync:ExportOnPublish", "true"));
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        _exporting?.Dispose();
        _factory?.Dispose();
        _usync?.Dispose();
    }

    protected Task<BackOfficeSession> SignInAsync(string role, params Guid[] producers) =>
        BackOfficeSession.SignInAsync(Site, role, producers.Length == 0 ? null : producers);

    /// <summary>Posts the form of <paramref name="page"/> to one of its handlers, with the page's antiforgery token.</summary>
    protected static Task<HttpResponseMessage> PostAsync(BackOfficeSession staff, string page, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        staff.PostFormAsync(page, fields, $"{page}?handler={handler}");

    /// <summary>The id a redirect to an edit page names.</summary>
    protected static Guid IdFrom(HttpResponseMessage response, string listPath)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a saved form redirects to its edit page");
        var location = response.Headers.Location!.OriginalString;
        Assert.That(location, Does.StartWith(listPath + "/"));
        return Guid.Parse(location[(listPath.Length + 1)..]);
    }

    protected static async Task<IDocument> DocumentAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The message written beside a field: the first validation error after its input, before the next label; or null.</summary>
    protected static string? MessageFor(IDocument page, string field)
    {
        for (var next = page.QuerySelector($"[name='{field}']")?.NextElementSibling; next is not null && next.TagName != "LABEL"; next = next.NextElementSibling)
        {
            if (next.ClassList.Contains("field-validation-error"))
            {
                return next.TextContent;
            }
        }

        return null;
    }

    /// <summary>The public page's HTML, or "HTTP nnn" when it is not there.</summary>
    protected async Task<string> PublicAsync(string path)
    {
        using var client = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : $"HTTP {(int)response.StatusCode}";
    }

    /// <summary>
    /// Imports the uSync copy into a brand-new site: the problems it reports (the sync handlers' checks and the store's own checks)
    /// for the file at <paramref name="relativePath"/>, and whether the new site then holds the item.
    /// </summary>
    protected async Task<(IReadOnlyList<string> Problems, bool Imported)> FreshImportAsync(string relativePath, Func<OcopDbContext, Task<bool>> holdsItem)
    {
        using var fresh = new OcopWebFactory(USync.Path);
        var report = await fresh.ImportAsync();
        var problems = report.Problems.Where(p => p.Path.Replace('\\', '/').EndsWith(relativePath, StringComparison.Ordinal)).Select(p => p.Message).ToList();
        return (problems, await fresh.WithDbAsync(holdsItem));
    }
}
