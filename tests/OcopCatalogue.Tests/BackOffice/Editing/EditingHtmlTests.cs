using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;

namespace OcopCatalogue.Tests.BackOffice.Editing;

/// <summary>
/// The sales point, batch and page lists and forms, and the product form (rich text, media picker, gallery), are valid
/// HTML, as loaded, with messages and after a row button.
/// </summary>
public sealed class EditingHtmlTests : EditingFixture
{
    [Test]
    public async Task Lists_and_forms_are_valid_html_also_with_messages_and_after_a_row_button()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var batch = await Site.WithDbAsync(db => db.TraceBatches.Where(b => b.LotCode == "XD2025-07").Select(b => b.Id).SingleAsync());
        var point = await Site.WithDbAsync(db => db.SalesPoints.Select(s => s.Id).FirstAsync());
        var page = await Site.WithDbAsync(db => db.Pages.Where(p => p.Slug == "lien-he").Select(p => p.Id).SingleAsync());
        var product = await Site.WithDbAsync(db => db.Products.Where(p => p.Slug == "tra-xa-den").Select(p => p.Id).SingleAsync());
        var folder = Directory.CreateTempSubdirectory("ocop-bo-editing-html-").FullName;
        try
        {
            var pageOfFile = new Dictionary<string, string>();
            async Task KeepAsync(string name, HttpResponseMessage response)
            {
                var file = Path.Combine(folder, pageOfFile.Count + ".html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                pageOfFile[file] = name;
            }

            foreach (var url in new[]
            {
                "/backoffice/diem-ban", "/backoffice/diem-ban/moi", $"/backoffice/diem-ban/{point}",
                "/backoffice/lo-hang", "/backoffice/lo-hang/moi", $"/backoffice/lo-hang/{batch}",
                "/backoffice/trang", "/backoffice/trang/moi", $"/backoffice/trang/{page}",
                $"/backoffice/san-pham/{product}",
            })
            {
                using var response = await editor.Client.GetAsync(new Uri(url, UriKind.Relative));
                await KeepAsync(url, response);
            }

            const string newBatch = "/backoffice/lo-hang/moi";
            using (var invalid = await PostAsync(editor, newBatch, "Save",
                [new("Form.LotCode", "LÔ 1"), new("Form.Events[0].Step", "Harvesting"), new("Form.Events[0].On", "hôm qua")]))
            {
                await KeepAsync("batch form with messages", invalid);
            }

            using (var rows = await PostAsync(editor, newBatch, "Row", [new("Form.LotCode", "THU-HTML"), new("row", "certifications:add:0")]))
            {
                await KeepAsync("batch form after a row button", rows);
            }

            using (var gallery = await PostAsync(editor, $"/backoffice/san-pham/{product}", "Row",
                [new("Form.Name", "Trà Xạ đen"), new("Form.Group", "Drinks"), new("row", "gallery:add:0")]))
            {
                await KeepAsync("product form after a gallery row button", gallery);
            }

            var errors = await NuHtmlChecker.ErrorsAsync(pageOfFile);

            Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
