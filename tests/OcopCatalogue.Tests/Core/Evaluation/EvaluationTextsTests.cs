using System.Globalization;
using System.Reflection;
using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Tests.Core.Evaluation;

public sealed class EvaluationTextsTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Every "Evaluation.*" key the rules can report.</summary>
    private static IEnumerable<string> RuleKeys() =>
        new[] { typeof(CriteriaSheetRules), typeof(ScoreSheetRules), typeof(MemberScoreHistory), typeof(CouncilScoringOptions) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(k => k.StartsWith("Evaluation.", StringComparison.Ordinal))
            .Concat(Enum.GetValues<StepRefusal>().Select(StepOutcome.KeyOf));

    [Test]
    public void Every_key_the_rules_report_has_vietnamese_and_english_words() =>
        Assert.That(EvaluationTexts.Keys, Is.EquivalentTo(RuleKeys()));

    [Test]
    public void A_sheet_finding_is_worded_in_both_languages_with_its_arguments()
    {
        var problem = OcopCatalogue.Core.Evaluation.CriteriaSheetRules.Check(TestSheets.Complete with
        {
            Parts = [TestSheets.Complete.Parts[0], TestSheets.Complete.Parts[1] with { MaxPoints = 20m, Sections = [TestSheets.Section("B1", 20m, TestSheets.Criterion("B1.1", 20m))] }, TestSheets.Complete.Parts[2]],
        })[0];

        Assert.Multiple(() =>
        {
            Assert.That(EvaluationTexts.Format(problem.MessageKey, Vietnamese, problem.Arguments), Is.EqualTo("Phần B theo quyết định là 25 điểm, phiếu ghi 20 điểm."));
            Assert.That(EvaluationTexts.Format(problem.MessageKey, English, problem.Arguments), Is.EqualTo("Part B is worth 25 points under the decision; the sheet says 20."));
        });
    }

    [Test]
    public void A_step_refusal_is_worded_in_vietnamese()
    {
        var outcome = EvaluationSteps.Take(EvaluationProgress.Registered, new(EvaluationAction.RecordDecision, EvaluationRole.Chair));

        Assert.That(EvaluationTexts.Format(outcome.MessageKey!, Vietnamese, [.. outcome.Arguments]),
            Is.EqualTo("Chưa ra quyết định được: hội đồng chưa chấm xong (đang ở bước Registered)."));
    }
}
