using OcopCatalogue.Core.Evaluation;
using static OcopCatalogue.Tests.Core.Evaluation.TestSheets;

namespace OcopCatalogue.Tests.Core.Evaluation;

public sealed class MemberScoreHistoryTests
{
    private static readonly Guid Member = Guid.Parse("0b0e5c1a-0000-4000-8000-00000000000a");
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private static MemberScoreHistory First() =>
        MemberScoreHistory.Submit(Complete, null, Member, Totalling(80m), Monday, null).History!;

    [Test]
    public void A_first_submission_needs_no_reason_and_is_attempt_one()
    {
        var history = First();

        Assert.Multiple(() =>
        {
            Assert.That(history.Submissions, Has.Count.EqualTo(1));
            Assert.That(history.Current.Attempt, Is.EqualTo(1));
            Assert.That(ScoreSheetRules.Totals(Complete, history.Current.Points).Total, Is.EqualTo(80m));
        });
    }

    [Test]
    public void A_first_submission_with_a_reason_is_refused() =>
        Assert.That(MemberScoreHistory.Submit(Complete, null, Member, Totalling(80m), Monday, "thay đổi").Problems.Single().MessageKey,
            Is.EqualTo(MemberScoreHistory.ReasonOnFirstSubmission));

    [Test]
    public void A_submission_with_an_unanswered_criterion_is_refused()
    {
        var points = Totalling(80m);
        points.Remove("C1.2");

        var submission = MemberScoreHistory.Submit(Complete, null, Member, points, Monday, null);

        Assert.Multiple(() =>
        {
            Assert.That(submission.Accepted, Is.False);
            Assert.That(submission.Problems.Single().MessageKey, Is.EqualTo(ScoreSheetRules.CriterionUnanswered));
        });
    }

    [Test]
    public void Rescoring_with_a_reason_replaces_the_score_and_keeps_the_earlier_one()
    {
        var earlier = First();

        var rescored = MemberScoreHistory.Submit(Complete, earlier, Member, Totalling(72m), Monday.AddHours(2), "  Sau thảo luận về tiêu chuẩn sản phẩm ").History!;

        Assert.Multiple(() =>
        {
            Assert.That(rescored.Submissions, Has.Count.EqualTo(2));
            Assert.That(ScoreSheetRules.Totals(Complete, rescored.Current.Points).Total, Is.EqualTo(72m));
            Assert.That(ScoreSheetRules.Totals(Complete, rescored.Submissions[0].Points).Total, Is.EqualTo(80m));
            Assert.That(rescored.Current.Attempt, Is.EqualTo(2));
            Assert.That(rescored.Current.Reason, Is.EqualTo("Sau thảo luận về tiêu chuẩn sản phẩm"));
            Assert.That(earlier.Submissions, Has.Count.EqualTo(1), "the earlier history is not changed");
        });
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void Rescoring_without_a_reason_is_refused(string? reason) =>
        Assert.That(MemberScoreHistory.Submit(Complete, First(), Member, Totalling(72m), Monday.AddHours(2), reason).Problems.Single().MessageKey,
            Is.EqualTo(MemberScoreHistory.RescoreReasonRequired));

    [Test]
    public void A_rescoring_dated_before_the_previous_submission_is_refused() =>
        Assert.That(MemberScoreHistory.Submit(Complete, First(), Member, Totalling(72m), Monday.AddHours(-1), "lý do").Problems.Single().MessageKey,
            Is.EqualTo(MemberScoreHistory.SubmittedBeforePrevious));

    [Test]
    public void A_submission_cannot_be_changed_through_the_dictionary_it_came_from()
    {
        var points = Totalling(80m);
        var history = MemberScoreHistory.Submit(Complete, null, Member, points, Monday, null).History!;

        points["A1.1"] = 0m;

        Assert.That(history.Current.Points["A1.1"], Is.EqualTo(10m));
    }

    [Test]
    public void Another_member_s_history_is_not_taken() =>
        Assert.Throws<ArgumentException>(() => MemberScoreHistory.Submit(Complete, First(), Guid.NewGuid(), Totalling(70m), Monday.AddHours(1), "lý do"));
}
