using OcopCatalogue.Core.Evaluation;
using static OcopCatalogue.Tests.Core.Evaluation.TestSheets;

namespace OcopCatalogue.Tests.Core.Evaluation;

public sealed class ScoreSheetRulesTests
{
    [Test]
    public void Full_marks_on_every_criterion_pass_and_add_up_per_part()
    {
        var points = FullMarks();

        var totals = ScoreSheetRules.Totals(Complete, points);

        Assert.Multiple(() =>
        {
            Assert.That(ScoreSheetRules.Check(Complete, points, submitting: true), Is.Empty);
            Assert.That(totals.Parts, Is.EqualTo(new Dictionary<string, decimal> { ["A"] = 40m, ["B"] = 25m, ["C"] = 35m }));
            Assert.That(totals.Total, Is.EqualTo(100m));
        });
    }

    [Test]
    public void Part_totals_add_only_their_own_criteria()
    {
        var totals = ScoreSheetRules.Totals(Complete, new Dictionary<string, decimal> { ["A1.1"] = 7.5m, ["A2.2"] = 3m, ["C1.2"] = 12.25m });

        Assert.That((totals.Parts["A"], totals.Parts["B"], totals.Parts["C"], totals.Total), Is.EqualTo((10.5m, 0m, 12.25m, 22.75m)));
    }

    [TestCase("-0.5")]
    [TestCase("10.01")]
    public void Points_outside_zero_to_the_criterion_maximum_are_refused(string given)
    {
        var points = FullMarks();
        points["A1.1"] = decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture);

        var problem = ScoreSheetRules.Check(Complete, points, submitting: true).Single();

        Assert.Multiple(() =>
        {
            Assert.That(problem.MessageKey, Is.EqualTo(ScoreSheetRules.PointsOutOfRange));
            Assert.That(problem.Field, Is.EqualTo("Points.A1.1"));
            Assert.That(problem.Arguments[1], Is.EqualTo(10m));
        });
    }

    [Test]
    public void Zero_and_the_maximum_are_both_allowed()
    {
        var points = FullMarks();
        points["A1.1"] = 0m;

        Assert.That(ScoreSheetRules.Check(Complete, points, submitting: true), Is.Empty);
    }

    [Test]
    public void Points_with_three_decimals_are_refused()
    {
        var points = FullMarks();
        points["C1.1"] = 7.125m;

        Assert.That(ScoreSheetRules.Check(Complete, points, submitting: true).Single().MessageKey, Is.EqualTo(ScoreSheetRules.PointsTooPrecise));
    }

    [Test]
    public void Points_for_a_criterion_not_on_the_sheet_are_refused()
    {
        var points = FullMarks();
        points["Z9"] = 1m;

        Assert.That(ScoreSheetRules.Check(Complete, points, submitting: false).Single().MessageKey, Is.EqualTo(ScoreSheetRules.CriterionUnknown));
    }

    [Test]
    public void A_draft_may_leave_criteria_open_but_a_submission_may_not()
    {
        var points = FullMarks();
        points.Remove("B1.1");
        points.Remove("C1.2");

        Assert.Multiple(() =>
        {
            Assert.That(ScoreSheetRules.Check(Complete, points, submitting: false), Is.Empty);
            Assert.That(ScoreSheetRules.Check(Complete, points, submitting: true).Select(p => (p.Field, p.MessageKey)), Is.EqualTo(new[]
            {
                ("Points.B1.1", ScoreSheetRules.CriterionUnanswered),
                ("Points.C1.2", ScoreSheetRules.CriterionUnanswered),
            }));
        });
    }

    [Test]
    public void Nothing_is_scored_on_a_frame()
    {
        var frame = Complete with { IsComplete = false };

        Assert.That(ScoreSheetRules.Check(frame, FullMarks(), submitting: false).Single().MessageKey, Is.EqualTo(ScoreSheetRules.SheetIncomplete));
    }
}
