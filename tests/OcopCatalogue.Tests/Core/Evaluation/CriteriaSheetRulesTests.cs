using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Core.Fields;
using static OcopCatalogue.Tests.Core.Evaluation.TestSheets;

namespace OcopCatalogue.Tests.Core.Evaluation;

public sealed class CriteriaSheetRulesTests
{
    private static (string Field, string Key)[] Found(CriteriaSheet sheet) =>
        [.. CriteriaSheetRules.Check(sheet).Select(p => (p.Field, p.MessageKey))];

    private static CriteriaSheet Frame => new()
    {
        Key = Guid.NewGuid(),
        Code = "khung",
        NameVi = "Khung",
        Source = OcopScoreFrame.Source,
        IsComplete = false,
        Parts = OcopScoreFrame.Parts,
    };

    [Test]
    public void A_complete_sheet_that_adds_up_passes() =>
        Assert.That(CriteriaSheetRules.Check(Complete), Is.Empty);

    [Test]
    public void The_published_frame_passes_as_an_incomplete_sheet() =>
        Assert.That(CriteriaSheetRules.Check(Frame), Is.Empty);

    [Test]
    public void The_frame_cannot_be_called_complete_without_criteria() =>
        Assert.That(Found(Frame with { IsComplete = true }).Select(f => f.Key),
            Has.Exactly(8).EqualTo(CriteriaSheetRules.SectionEmpty).And.Exactly(3).EqualTo(CriteriaSheetRules.CriteriaDisagreeWithPart));

    [Test]
    public void The_frame_parts_are_40_25_35_and_100_in_all()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OcopScoreFrame.Parts.Select(p => (p.Code, p.MaxPoints)), Is.EqualTo(new[] { ("A", 40m), ("B", 25m), ("C", 35m) }));
            Assert.That(OcopScoreFrame.Parts.Sum(p => p.MaxPoints), Is.EqualTo(100m));
            Assert.That(OcopScoreFrame.Parts[0].NameVi, Is.EqualTo("Sản phẩm và sức mạnh cộng đồng"));
            Assert.That(OcopScoreFrame.Parts[1].NameVi, Is.EqualTo("Khả năng tiếp thị"));
            Assert.That(OcopScoreFrame.Parts[2].NameVi, Is.EqualTo("Chất lượng sản phẩm"));
        });
    }

    [Test]
    public void A_part_worth_other_points_than_the_decision_is_refused_and_so_is_the_total()
    {
        var sheet = Frame with { Parts = [OcopScoreFrame.Parts[0] with { MaxPoints = 35m }, OcopScoreFrame.Parts[1], OcopScoreFrame.Parts[2] with { MaxPoints = 40m }] };

        Assert.That(Found(sheet), Is.EqualTo(new[]
        {
            ("Parts[0].MaxPoints", CriteriaSheetRules.PartPoints),
            ("Parts[2].MaxPoints", CriteriaSheetRules.PartPoints),
        }));
    }

    [Test]
    public void Parts_that_do_not_add_up_to_100_are_refused()
    {
        var sheet = Frame with { Parts = [OcopScoreFrame.Parts[0], OcopScoreFrame.Parts[1] with { MaxPoints = 20m }, OcopScoreFrame.Parts[2]] };

        var problems = CriteriaSheetRules.Check(sheet);

        Assert.That(problems.Single(p => p.MessageKey == CriteriaSheetRules.PartsTotal).Arguments, Is.EqualTo(new object[] { 100m, 95m }));
    }

    [Test]
    public void A_missing_part_and_an_unknown_one_are_named()
    {
        var sheet = Frame with { Parts = [OcopScoreFrame.Parts[0], OcopScoreFrame.Parts[1], OcopScoreFrame.Parts[2] with { Code = "D" }] };

        var problems = CriteriaSheetRules.Check(sheet);

        Assert.Multiple(() =>
        {
            Assert.That(problems.Single(p => p.MessageKey == CriteriaSheetRules.PartUnknown).Field, Is.EqualTo("Parts[2].Code"));
            Assert.That(problems.Single(p => p.MessageKey == CriteriaSheetRules.PartMissing).Arguments, Is.EqualTo(new object[] { "C", "Chất lượng sản phẩm" }));
        });
    }

    [Test]
    public void Criteria_that_do_not_add_up_to_their_section_are_refused_on_a_complete_sheet()
    {
        var sheet = Complete with
        {
            Parts = [Part("A", 40m, Section("A1", 10m, Criterion("A1.1", 9m)), Section("A2", 30m, Criterion("A2.1", 31m))), Complete.Parts[1], Complete.Parts[2]],
        };

        Assert.That(Found(sheet), Is.EqualTo(new[]
        {
            ("Parts[0].Sections[0].Criteria", CriteriaSheetRules.CriteriaDisagreeWithSection),
            ("Parts[0].Sections[1].Criteria", CriteriaSheetRules.CriteriaDisagreeWithSection),
        }));
    }

    [Test]
    public void Criteria_that_do_not_add_up_to_their_part_are_refused_when_sections_have_no_totals()
    {
        var sheet = Complete with { Parts = [Part("A", 40m, Section("A1", null, Criterion("A1.1", 39m))), Complete.Parts[1], Complete.Parts[2]] };

        var problem = CriteriaSheetRules.Check(sheet).Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.MessageKey, Is.EqualTo(CriteriaSheetRules.CriteriaDisagreeWithPart));
            Assert.That(problem.Arguments, Is.EqualTo(new object[] { "A", 40m, 39m }));
        });
    }

    [Test]
    public void Sections_whose_totals_do_not_add_up_to_their_part_are_refused()
    {
        var sheet = Frame with
        {
            Parts = [Part("A", 40m, Section("A1", 20m), Section("A2", 25m)), OcopScoreFrame.Parts[1], OcopScoreFrame.Parts[2]],
        };

        Assert.That(Found(sheet), Is.EqualTo(new[] { ("Parts[0].Sections", CriteriaSheetRules.SectionsDisagreeWithPart) }));
    }

    [Test]
    public void A_frame_may_hold_some_criteria_but_not_more_points_than_published()
    {
        var partial = Frame with { Parts = [Part("A", 40m, Section("A1", null, Criterion("A1.1", 5m))), OcopScoreFrame.Parts[1], OcopScoreFrame.Parts[2]] };
        var over = Frame with { Parts = [Part("A", 40m, Section("A1", null, Criterion("A1.1", 41m))), OcopScoreFrame.Parts[1], OcopScoreFrame.Parts[2]] };

        Assert.Multiple(() =>
        {
            Assert.That(CriteriaSheetRules.Check(partial), Is.Empty);
            Assert.That(Found(over), Is.EqualTo(new[] { ("Parts[0].Sections", CriteriaSheetRules.CriteriaDisagreeWithPart) }));
        });
    }

    [Test]
    public void A_code_used_twice_is_refused_where_it_is_used_the_second_time()
    {
        var sheet = Complete with
        {
            Parts = [Part("A", 40m, Section("A1", 10m, Criterion("A1.1", 10m)), Section("A2", 30m, Criterion("A1.1", 30m))), Complete.Parts[1], Complete.Parts[2]],
        };

        Assert.That(Found(sheet), Is.EqualTo(new[] { ("Parts[0].Sections[1].Criteria[0].Code", CriteriaSheetRules.CodeDuplicate) }));
    }

    [TestCase("")]
    [TestCase("A 1")]
    [TestCase("A1/2")]
    [TestCase("A123456789012345678901")]
    public void A_malformed_criterion_code_is_refused(string code)
    {
        var sheet = Complete with { Parts = [Part("A", 40m, Section("A1", 40m, Criterion(code, 40m))), Complete.Parts[1], Complete.Parts[2]] };

        Assert.That(Found(sheet), Is.EqualTo(new[] { ("Parts[0].Sections[0].Criteria[0].Code", CriteriaSheetRules.CodeMalformed) }));
    }

    [TestCase("0", CriteriaSheetRules.PointsNotPositive)]
    [TestCase("-1", CriteriaSheetRules.PointsNotPositive)]
    [TestCase("0.125", CriteriaSheetRules.PointsTooPrecise)]
    public void Criterion_points_must_be_positive_with_two_decimals_at_most(string points, string key)
    {
        var value = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture);
        var sheet = Frame with { Parts = [Part("A", 40m, Section("A1", null, Criterion("A1.1", value))), OcopScoreFrame.Parts[1], OcopScoreFrame.Parts[2]] };

        Assert.That(Found(sheet), Is.EqualTo(new[] { ("Parts[0].Sections[0].Criteria[0].MaxPoints", key) }));
    }

    [Test]
    public void A_sheet_without_a_source_is_refused() =>
        Assert.That(Found(Complete with { Source = " " }), Is.EqualTo(new[] { ("Source", FieldMessage.Required) }));

    [Test]
    public void A_sub_group_of_another_group_is_refused() =>
        Assert.That(Found(Complete with { Group = OcopGroup.Drinks }), Is.EqualTo(new[] { ("SubGroupCode", CriteriaSheetRules.SubGroupNotInGroup) }));

    [Test]
    public void An_unknown_sub_group_is_refused() =>
        Assert.That(Found(Complete with { SubGroupCode = "9.9" }), Is.EqualTo(new[] { ("SubGroupCode", CriteriaSheetRules.SubGroupUnknown) }));
}
