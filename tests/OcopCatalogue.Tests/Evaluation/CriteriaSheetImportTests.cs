using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Evaluation;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>
/// uSync/criteria-sheets through <see cref="CriteriaSheetSyncHandler"/>, on both providers: the shipped frame imports as
/// a frame, a file that breaks a sheet rule is refused with its file and rule and stores nothing, export gives the
/// files back byte for byte, and the back office's upload refuses what the import refuses. One site per fixture; each
/// test imports its own folder, with sheets of their own codes and keys (TEST sheets, never Annex III).
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class CriteriaSheetImportTests(DatabaseProvider provider)
{
    private const string Frame = "khung-quyet-dinh-148-2023";
    private static int _sheets;

    private EvaluationSite _site = null!;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = new EvaluationSite(provider);
        await _site.StartAsync();
    }

    [OneTimeTearDown]
    public void StopSite() => _site.Dispose();

    /// <summary>A TEST sheet of a code and key of its own, so tests sharing the site do not meet.</summary>
    private static CriteriaSheet NewSheet()
    {
        var n = Interlocked.Increment(ref _sheets);
        return TestSheets.Complete with
        {
            Key = Guid.NewGuid(),
            Code = $"thu-nghiem-nhap-{n}",
            NameVi = $"Phiếu KIỂM THỬ nhập {n} (không phải Phụ lục III)",
            Source = "Dữ liệu kiểm thử của bộ test, không phải văn bản chính thức",
        };
    }

    private static string PathOf(CriteriaSheet sheet) => $"{CriteriaSheetSyncHandler.FolderName}/{sheet.Code}.json";

    /// <summary>Imports a folder holding only <paramref name="files"/> (relative path, text).</summary>
    private async Task<ImportReport> ImportAsync(params (string Path, string Text)[] files)
    {
        var directory = Directory.CreateTempSubdirectory("ocop-sheets-").FullName;
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, text, new UTF8Encoding(false));
            }

            return await _site.Factory.WithServiceAsync<ContentImporter, ImportReport>(importer => importer.ImportAsync(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Text(CriteriaSheet sheet) => Encoding.UTF8.GetString(USyncJson.Serialize(sheet));

    private static string Edited(CriteriaSheet sheet, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Text(sheet))!.AsObject();
        change(json);
        return json.ToJsonString(USyncJson.Options) + "\n";
    }

    private Task<EvaluationSheet?> StoredAsync(string code) =>
        _site.Factory.WithDbAsync(db => db.Set<EvaluationSheet>().AsNoTracking().SingleOrDefaultAsync(s => s.Code == code));

    private static IEnumerable<string> ProblemsOf(ImportReport report, CriteriaSheet sheet) =>
        report.Problems.Where(p => p.Path == PathOf(sheet)).Select(p => p.ToString());

    [Test]
    public async Task The_shipped_frame_is_imported_on_start_as_a_frame_that_cannot_be_scored()
    {
        var frame = await _site.Factory.WithServiceAsync<CriteriaSheets, CriteriaSheet?>(sheets => sheets.FindAsync(Frame, CancellationToken.None));
        var stored = await StoredAsync(Frame);

        Assert.Multiple(() =>
        {
            Assert.That(stored?.IsComplete, Is.False);
            Assert.That(frame?.AllCriteria(), Is.Empty, "no criterion is invented");
            Assert.That(frame?.Parts.Select(p => p.MaxPoints), Is.EqualTo(new[] { 40m, 25m, 35m }));
            Assert.That(ScoreSheetRules.Check(frame!, new Dictionary<string, decimal>(), submitting: true).Select(p => p.MessageKey),
                Does.Contain(ScoreSheetRules.SheetIncomplete));
        });
    }

    [Test]
    public async Task A_sheet_file_imports_and_the_export_writes_it_back_byte_for_byte()
    {
        var sheet = NewSheet();
        var text = Text(sheet);

        var first = await ImportAsync((PathOf(sheet), text));
        var again = await ImportAsync((PathOf(sheet), text));
        var exported = await _site.Factory.WithServiceAsync<CriteriaSheetSyncHandler, ExportedFile?>(h => h.FileOfAsync(sheet.Key, CancellationToken.None));
        var stored = await StoredAsync(sheet.Code);

        Assert.Multiple(() =>
        {
            Assert.That(first.Problems, Is.Empty);
            Assert.That(first.Added, Does.Contain(PathOf(sheet)));
            Assert.That(again.ChangedAnything, Is.False, "importing the same file again changes nothing");
            Assert.That(stored?.IsComplete, Is.True);
            Assert.That(stored?.LoadedBy, Is.EqualTo(ContentImporter.Origin));
            Assert.That(exported?.RelativePath, Is.EqualTo(PathOf(sheet)));
            Assert.That(exported?.Bytes.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(text)));
        });
    }

    [TestCase("parts[1].maxPoints", 20, "Part B is worth 25 points under the decision; the sheet says 20")]
    [TestCase("parts[2].sections[0].criteria[1].maxPoints", 19, "The criteria of section C1 add up to 34 points, not the section's 35")]
    [TestCase("subGroupCode", "9.9", "Sub-group \"9.9\" is not one of Decision 148/QĐ-TTg")]
    [TestCase("group", null, "Sub-group \"1.3\" does not belong to product group \"\"")]
    [TestCase("source", "", "source is missing")]
    [TestCase("parts[0].sections[0].criteria[0].mandatory", null, "mandatory")]
    public async Task A_sheet_that_breaks_a_rule_is_refused_naming_its_file_and_the_rule_and_nothing_of_it_is_stored(string property, object? value, string message)
    {
        var sheet = NewSheet();
        var text = Edited(sheet, json =>
        {
            var steps = property.Replace("]", "", StringComparison.Ordinal).Split('.');
            JsonNode node = json;
            foreach (var step in steps[..^1])
            {
                var parts = step.Split('[');
                node = node[parts[0]]!;
                if (parts.Length > 1)
                {
                    node = node[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)]!;
                }
            }

            var last = steps[^1];
            if (property.EndsWith("mandatory", StringComparison.Ordinal))
            {
                node.AsObject().Remove(last);
            }
            else
            {
                node[last] = value switch { int i => JsonValue.Create(i), string s => JsonValue.Create(s), _ => null };
            }
        });

        var report = await ImportAsync((PathOf(sheet), text));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(ProblemsOf(report, sheet), Has.Some.StartsWith(PathOf(sheet)).And.Some.Contains(message));
            Assert.That(await StoredAsync(sheet.Code), Is.Null);
            Assert.That(report.ChangedAnything, Is.False);
        });
    }

    [Test]
    public async Task A_second_file_with_a_stored_sheets_code_or_key_is_refused()
    {
        var sheet = NewSheet();
        Assert.That((await ImportAsync((PathOf(sheet), Text(sheet)))).Problems, Is.Empty);
        var sameCode = sheet with { Key = Guid.NewGuid() };
        var sameKey = NewSheet() with { Key = sheet.Key };

        var codeTaken = await ImportAsync(("criteria-sheets/ban-sao-ma.json", Text(sameCode)));
        var keyTaken = await ImportAsync((PathOf(sameKey), Text(sameKey)));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(codeTaken.Problems.Select(p => p.Message), Has.Some.Contains($"code '{sheet.Code}' is already the code of another stored sheet"));
            Assert.That(keyTaken.Problems.Select(p => p.Message), Has.Some.Contains($"belongs to sheet '{sheet.Code}'"));
            Assert.That(await StoredAsync(sameKey.Code), Is.Null);
            Assert.That(CriteriaSheetSyncHandler.Parse((await StoredAsync(sheet.Code))!).Key, Is.EqualTo(sheet.Key));
        });
    }

    [Test]
    public async Task A_sheet_a_council_has_scored_on_is_not_changed_by_its_file()
    {
        var sheet = NewSheet();
        Assert.That((await ImportAsync((PathOf(sheet), Text(sheet)))).Problems, Is.Empty);
        var (producer, product) = await _site.SeedProducerAsync("Phiếu Đã Chấm " + sheet.Code, "xã Thử Phiếu");
        await _site.Factory.SaveAsync(new EvaluationRegistration
        {
            Id = Guid.NewGuid(), RoundId = _site.RoundId, ProductId = product.Id, ProducerId = producer.Id, SheetCode = sheet.Code,
            Commune = "xã thử phiếu", Step = EvaluationStep.ScoringOpen, DossierVersion = 1, ScoringRound = 1,
        });
        var renamed = sheet with { NameVi = sheet.NameVi + " (sửa)" };

        var report = await ImportAsync((PathOf(sheet), Text(renamed)));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(ProblemsOf(report, sheet), Has.Some.Contains($"sheet '{sheet.Code}' has been scored on and cannot be changed"));
            Assert.That((await StoredAsync(sheet.Code))?.Name, Is.EqualTo(sheet.NameVi));
        });
    }

    [Test]
    public async Task The_back_office_upload_refuses_what_the_import_refuses_in_vietnamese_and_loads_a_good_sheet()
    {
        await using var editor = await BackOfficeSession.SignInAsync(_site.Factory, StaffRoles.Editor);
        var good = NewSheet();
        var bad = NewSheet();
        var badText = Edited(bad, json => json["parts"]![1]!["maxPoints"] = 20);

        using var refused = await UploadAsync(editor, badText);
        var refusedPage = await HtmlPage.ParseAsync(refused);
        using var loaded = await UploadAsync(editor, Text(good));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(refusedPage.Status, Is.EqualTo((HttpStatusCode)422));
            Assert.That(refusedPage.Document.QuerySelector("#problems")?.TextContent, Does.Contain("Phần B theo quyết định là 25 điểm, phiếu ghi 20 điểm"));
            Assert.That(await StoredAsync(bad.Code), Is.Null);
            Assert.That(loaded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((await StoredAsync(good.Code))?.Json, Is.EqualTo(Text(good)), "stored as the export writes it");
        });
    }

    [Test]
    public async Task A_sheet_loaded_in_the_back_office_is_written_to_usync_when_export_on_publish_is_on()
    {
        var directory = Directory.CreateTempSubdirectory("ocop-sheets-export-").FullName;
        try
        {
            using var exporting = _site.Factory.WithWebHostBuilder(b => b
                .UseSetting("Ocop:ContentSync:ExportOnPublish", "true").UseSetting("Ocop:USyncDirectory", directory));
            var sheet = NewSheet();

            var problems = await exporting.WithServiceAsync<CriteriaSheets, IReadOnlyList<OcopCatalogue.Core.Fields.FieldProblem>>(
                sheets => sheets.LoadAsync(USyncJson.Serialize(sheet), StaffPrincipal.For(StaffRoles.Editor), CancellationToken.None));

            Assert.Multiple(() =>
            {
                Assert.That(problems, Is.Empty);
                Assert.That(File.ReadAllText(Path.Combine(directory, PathOf(sheet))), Is.EqualTo(Text(sheet)));
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(BackOfficeSession session, string text)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "file", "phieu.json");
        return await session.PostMultipartAsync("/backoffice/danh-gia/phieu", content);
    }
}
