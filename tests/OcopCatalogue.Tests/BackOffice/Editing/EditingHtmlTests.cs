using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.BackOffice;

namespace OcopCatalogue.Tests.BackOffice.Editing;

/// <summary>The sales point, batch and page lists and forms are valid HTML, as loaded, with messages and after a row button.</summary>
public sealed class EditingHtmlTests : EditingFixture
{
    /// <summary>
    /// Findings about the shared rich-text markup the page form includes as the product form does (its owners are
    /// told): the editor's assets put the media picker's dialog in the head, next to the CSP nonce meta that must
    /// stay there, and Trix gives its editor role="textbox" only once it starts.
    /// </summary>
    private static bool InSharedEditorMarkup(NuMessage message) =>
        message.Message.Contains("“trix-editor” element", StringComparison.Ordinal)
        || (message.Page.StartsWith("/backoffice/trang/", StringComparison.Ordinal)
            && (message.Message.StartsWith("Stray end tag “head”", StringComparison.Ordinal)
                || message.Message.StartsWith("Start tag “body” seen but an element of the same type was already open", StringComparison.Ordinal)));

    [Test]
    public async Task Lists_and_forms_are_valid_html_also_with_messages_and_after_a_row_button()
    {
        await using var editor = await SignInAsync(StaffRoles.Editor);
        var batch = await WithStoreAsync(db => db.TraceBatches.Where(b => b.LotCode == "XD2025-07").Select(b => b.Id).SingleAsync());
        var point = await WithStoreAsync(db => db.SalesPoints.Select(s => s.Id).FirstAsync());
        var page = await WithStoreAsync(db => db.Pages.Where(p => p.Slug == "lien-he").Select(p => p.Id).SingleAsync());
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

            var errors = (await NuHtmlChecker.ErrorsAsync(pageOfFile)).Where(e => !InSharedEditorMarkup(e)).ToList();

            Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
