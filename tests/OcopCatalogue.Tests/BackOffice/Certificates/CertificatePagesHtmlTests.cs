using System.Globalization;
using System.Net;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Tests.BackOffice.Import;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Certificates;

/// <summary>The certificate and import pages, as an editor gets them (problems shown included), are valid HTML.</summary>
public sealed class CertificatePagesHtmlTests
{
    [Test]
    public async Task Certificate_and_import_pages_are_valid_html()
    {
        using var factory = new OcopWebFactory(clock: FakeClock.OnVietnamDay(new DateOnly(2026, 11, 22)));
        var producer = ContentSeed.Producer("Công ty Thử HTML");
        var expiring = ContentSeed.Product("Mứt thử HTML", producer, OcopGroup.Food, ContentSeed.Rated(75m, new DateOnly(2023, 12, 22), "TEST-1/QĐ-UBND"));
        await factory.SaveAsync(producer, expiring);
        await using var editor = await BackOfficeSession.SignInAsync(factory, StaffRoles.Editor);
        var pages = new Dictionary<string, string>();
        foreach (var path in new[] { "/backoffice/chung-nhan", "/backoffice/chung-nhan/tat-ca", $"/backoffice/chung-nhan/san-pham/{expiring.Id}", "/backoffice/nhap-csv" })
        {
            using var response = await editor.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            pages[path] = await response.Content.ReadAsStringAsync();
        }

        using (var withErrors = await editor.PostFormAsync($"/backoffice/chung-nhan/san-pham/{expiring.Id}",
            new Dictionary<string, string> { ["Form.Kind"] = "Upgrade", ["Form.Score"] = "45", ["Form.DecisionDate"] = "2026-12-01" }))
        {
            pages["record form with problems"] = await withErrors.Content.ReadAsStringAsync();
        }

        using (var upload = await UploadAsync(editor, SampleLists.Of("Tên sản phẩm;Chủ thể;Nhóm;Điểm;Hạng sao", "Sa tế thử;Hộ kinh doanh Thử;1.4;85,2;3 sao", "Mứt thử;Hộ kinh doanh Thử;1.3;61;3 sao")))
        {
            var preview = upload.Headers.Location!.OriginalString;
            using var response = await editor.Client.GetAsync(new Uri(preview, UriKind.Relative));
            pages["import preview"] = await response.Content.ReadAsStringAsync();
        }

        var folder = Directory.CreateTempSubdirectory("ocop-html-").FullName;
        try
        {
            var pageOfFile = new Dictionary<string, string>();
            foreach (var ((page, html), index) in pages.Select((p, i) => (p, i)))
            {
                var file = Path.Combine(folder, index.ToString("D2", CultureInfo.InvariantCulture) + ".html");
                await File.WriteAllTextAsync(file, html);
                pageOfFile[file] = page;
            }

            var errors = await NuHtmlChecker.ErrorsAsync(pageOfFile);

            Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(BackOfficeSession session, byte[] csv)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent("Danh sách thử nghiệm"), "Source" },
            { new StringContent("An Giang"), "Province" },
        };
        content.Add(new ByteArrayContent(csv), "ListFile", "thu.csv");
        return await session.PostMultipartAsync("/backoffice/nhap-csv", content);
    }
}
