using System.Text;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Evaluation;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>A sheet file as <see cref="CriteriaSheetSyncHandler"/> reads it for the import and the back office alike.</summary>
public sealed class CriteriaSheetFileTests
{
    private static string Folder => Path.Combine(RepositoryPaths.USync, CriteriaSheetSyncHandler.FolderName);

    private static IEnumerable<string> ShippedSheets() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.USync, CriteriaSheetSyncHandler.FolderName), "*.json").Order(StringComparer.Ordinal);

    [Test]
    public void A_sheet_written_and_read_back_is_the_same_sheet()
    {
        var bytes = USyncJson.Serialize(TestSheets.Complete);

        var reading = CriteriaSheetSyncHandler.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(reading.Problems, Is.Empty, string.Join(", ", reading.Problems.Select(p => p.MessageKey)));
            Assert.That(USyncJson.Serialize(reading.Sheet!), Is.EqualTo(bytes));
            Assert.That(reading.Sheet!.AllCriteria().Select(c => (c.Code, c.MaxPoints, c.Mandatory)),
                Is.EqualTo(TestSheets.Complete.AllCriteria().Select(c => (c.Code, c.MaxPoints, c.Mandatory))));
        });
    }

    [Test]
    public void The_file_is_written_in_the_usync_layout()
    {
        var text = Encoding.UTF8.GetString(USyncJson.Serialize(TestSheets.Complete));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("{\n  \"key\": "));
            Assert.That(text, Does.Contain("\"subGroupCode\": \"1.3\"").And.Contain("\"group\": \"Food\"").And.Contain("Phiếu thử nghiệm"));
            Assert.That(text, Does.Not.Contain("\"criteria\": null").And.Not.Contain("\r"));
            Assert.That(text, Does.EndWith("}\n"));
        });
    }

    [Test]
    public void An_unknown_property_is_an_error_with_its_line()
    {
        var text = Encoding.UTF8.GetString(USyncJson.Serialize(TestSheets.Complete)).Replace("\"nameEn\": null,", "\"nmaeEn\": null,", StringComparison.Ordinal);

        var reading = CriteriaSheetSyncHandler.Read(Encoding.UTF8.GetBytes(text));

        Assert.Multiple(() =>
        {
            Assert.That(reading.Sheet, Is.Null);
            Assert.That(reading.Problems.Single().MessageKey, Is.EqualTo(CriteriaSheetRules.InvalidJson));
            Assert.That(reading.Problems.Single().Arguments[0], Is.EqualTo("7"));
        });
    }

    [Test]
    public void A_criterion_that_does_not_say_whether_it_is_mandatory_is_an_error()
    {
        var text = System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(USyncJson.Serialize(TestSheets.Complete)), ",\n *\"mandatory\": true", "");

        var reading = CriteriaSheetSyncHandler.Read(Encoding.UTF8.GetBytes(text));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("\"mandatory\": true"), "the test removed the flag");
            Assert.That(reading.Sheet, Is.Null);
            Assert.That(reading.Problems.Single().MessageKey, Is.EqualTo(CriteriaSheetRules.InvalidJson));
            Assert.That(reading.Problems.Single().Arguments[1], Does.Contain("mandatory"));
        });
    }

    [Test]
    public void A_group_written_as_a_number_is_an_error()
    {
        var text = Encoding.UTF8.GetString(USyncJson.Serialize(TestSheets.Complete)).Replace("\"group\": \"Food\"", "\"group\": 1", StringComparison.Ordinal);

        Assert.That(CriteriaSheetSyncHandler.Read(Encoding.UTF8.GetBytes(text)).Problems.Single().MessageKey, Is.EqualTo(CriteriaSheetRules.InvalidJson));
    }

    [Test]
    public void A_file_that_parses_is_still_checked_by_the_sheet_rules()
    {
        var text = Encoding.UTF8.GetString(USyncJson.Serialize(TestSheets.Complete)).Replace("\"maxPoints\": 25,", "\"maxPoints\": 20,", StringComparison.Ordinal);

        var reading = CriteriaSheetSyncHandler.Read(Encoding.UTF8.GetBytes(text));

        Assert.Multiple(() =>
        {
            Assert.That(reading.Sheet, Is.Null, "a sheet that breaks a rule is not handed on");
            Assert.That(reading.Problems.Select(p => p.MessageKey), Does.Contain(CriteriaSheetRules.PartPoints).And.Contain(CriteriaSheetRules.PartsTotal));
        });
    }

    [Test]
    public void Every_shipped_sheet_reads_passes_and_is_in_the_canonical_layout()
    {
        var files = ShippedSheets().ToList();
        Assert.That(files, Is.Not.Empty, Folder);
        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                var reading = CriteriaSheetSyncHandler.Read(bytes);
                Assert.That(reading.Problems, Is.Empty, $"{file}: {string.Join(", ", reading.Problems.Select(p => $"{p.Field} {p.MessageKey}"))}");
                Assert.That(reading.Sheet?.Code + ".json", Is.EqualTo(Path.GetFileName(file)), "a sheet's file is named by its code");
                Assert.That(reading.Sheet?.Source, Is.Not.Empty);
                Assert.That(USyncJson.Serialize(reading.Sheet!), Is.EqualTo(bytes), $"{file} is not in the canonical layout");
            }
        });
    }

    [Test]
    public void The_shipped_frame_holds_the_decision_parts_and_sections_and_no_invented_criterion()
    {
        var frame = CriteriaSheetSyncHandler.Read(File.ReadAllBytes(Path.Combine(Folder, "khung-quyet-dinh-148-2023.json"))).Sheet!;

        Assert.Multiple(() =>
        {
            Assert.That(frame.IsComplete, Is.False);
            Assert.That(frame.AllCriteria(), Is.Empty);
            Assert.That(frame.Parts.SelectMany(p => p.Sections).Select(s => s.MaxPoints), Is.All.Null);
            Assert.That(frame.Parts.Select(p => (p.Code, p.NameVi, p.MaxPoints)), Is.EqualTo(OcopScoreFrame.Parts.Select(p => (p.Code, p.NameVi, p.MaxPoints))));
            Assert.That(frame.Parts.SelectMany(p => p.Sections).Select(s => s.NameVi),
                Is.EqualTo(OcopScoreFrame.Parts.SelectMany(p => p.Sections).Select(s => s.NameVi)));
            Assert.That(frame.Source, Does.Contain("148/QĐ-TTg"));
        });
    }

    [Test]
    public void The_computed_list_of_a_part_s_criteria_is_neither_written_nor_read()
    {
        var text = Encoding.UTF8.GetString(USyncJson.Serialize(TestSheets.Complete));
        var withList = text.Replace("\"sections\": [", "\"criteria\": [],\n      \"sections\": [", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("\"criteria\": [\n        {\n          \"code\": \"A1\""));
            Assert.That(withList, Is.Not.EqualTo(text));
            Assert.That(CriteriaSheetSyncHandler.Read(Encoding.UTF8.GetBytes(withList)).Problems.Single().MessageKey, Is.EqualTo(CriteriaSheetRules.InvalidJson));
        });
    }
}
