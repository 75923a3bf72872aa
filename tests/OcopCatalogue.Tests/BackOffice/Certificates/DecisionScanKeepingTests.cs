using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.BackOffice.Certificates;

namespace OcopCatalogue.Tests.BackOffice.Certificates;

/// <summary>A decision scan is written to the data directory only with a decision that was recorded.</summary>
public sealed class DecisionScanKeepingTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory(clock: FakeClock.OnVietnamDay(Today));

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    private string[] ScanFiles()
    {
        var folder = Path.Combine(_factory.DataDirectory, DecisionScanStore.FolderName);
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private static MultipartFormDataContent Form(string kind, string score, string decisionDate, string? keptScan = null)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["Form.Kind"] = kind,
            ["Form.Score"] = score,
            ["Form.Level"] = "Province",
            ["Form.DecisionNumber"] = "TEST-97/QĐ-UBND",
            ["Form.DecisionDate"] = decisionDate,
            ["Form.Note"] = "Thử nghiệm",
        })
        {
            content.Add(new StringContent(value), name);
        }

        if (keptScan is not null)
        {
            content.Add(new StringContent(keptScan), "Form.KeptScan");
        }

        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n% test fixture, not a real decision\n%%EOF\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Form.Scan", "quyet-dinh.pdf");
        return content;
    }

    private async Task<Product> SeedAsync(string name)
    {
        var producer = ContentSeed.Producer("Công ty Thử nghiệm " + name);
        var product = ContentSeed.Product(name, producer, OcopGroup.Food, ContentSeed.Rated(75m, Today.AddYears(-1), "TEST-1/QĐ-UBND"));
        await _factory.SaveAsync(producer, product);
        return product;
    }

    [Test]
    public async Task A_scan_sent_with_an_invalid_form_leaves_no_file_in_the_decision_scans_folder()
    {
        var product = await SeedAsync("Gạo thử biểu mẫu sai");
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var before = ScanFiles();

        // An upgrade to a score of fewer stars, and a decision date in the future: two problems besides the valid scan.
        using var content = Form("Upgrade", "72,5", Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        using var response = await editor.PostMultipartAsync($"/backoffice/chung-nhan/san-pham/{product.Id}", content);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form comes back with its problems");
            Assert.That(page.QuerySelector("#score-error"), Is.Not.Null);
            Assert.That(ScanFiles(), Is.EquivalentTo(before));
        });
    }

    [Test]
    public async Task A_posted_name_of_another_decisions_scan_is_not_attached()
    {
        var first = await SeedAsync("Gạo thử bản quét gốc");
        var second = await SeedAsync("Gạo thử bản quét mượn");
        await using var editor = await BackOfficeSession.SignInAsync(_factory, StaffRoles.Editor);
        var date = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (var content = Form("Revocation", "", date))
        {
            using var recorded = await editor.PostMultipartAsync($"/backoffice/chung-nhan/san-pham/{first.Id}", content);
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var firstScan = await _factory.WithDbAsync(db =>
            db.Certificates.AsNoTracking().Where(c => c.ProductId == first.Id && c.DecisionScan != null).Select(c => c.DecisionScan).SingleAsync());
        var fields = new Dictionary<string, string>
        {
            ["Form.Kind"] = "Revocation",
            ["Form.Score"] = "",
            ["Form.Level"] = "Province",
            ["Form.DecisionNumber"] = "TEST-96/QĐ-UBND",
            ["Form.DecisionDate"] = date,
            ["Form.KeptScan"] = firstScan!,
        };
        using var response = await editor.PostFormAsync($"/backoffice/chung-nhan/san-pham/{second.Id}", fields);
        var secondScan = await _factory.WithDbAsync(db =>
            db.Certificates.AsNoTracking().Where(c => c.ProductId == second.Id && c.Sequence == 2).Select(c => c.DecisionScan).SingleAsync());

        Assert.That(secondScan, Is.Null);
    }
}
