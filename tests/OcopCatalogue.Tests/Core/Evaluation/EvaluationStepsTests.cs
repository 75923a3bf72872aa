using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Tests.Core.Evaluation;

public sealed class EvaluationStepsTests
{
    private static readonly LocalCriteriaAssessment LocalCriteria = new(
        "Nguyên liệu trồng tại xã", "Sử dụng lao động địa phương", "Ý tưởng của hộ sản xuất trong xã", "Công thức truyền thống của làng");

    private static EvaluationRequest Ask(EvaluationAction action, EvaluationRole? role = null) =>
        new(action, role ?? EvaluationSteps.RoleFor(action)!.Value);

    private static EvaluationRequest Submit => Ask(EvaluationAction.SubmitDossier);
    private static EvaluationRequest ReturnWithReason => Ask(EvaluationAction.ReturnDossier) with { Reason = "Thiếu phiếu kiểm nghiệm" };
    private static EvaluationRequest Propose => Ask(EvaluationAction.ProposeToProvince) with { LocalCriteria = LocalCriteria };
    private static EvaluationRequest MoreWithReason => Ask(EvaluationAction.AskForMore) with { Reason = "Bổ sung giấy chứng nhận ATTP" };
    private static EvaluationRequest Complete => Ask(EvaluationAction.MarkComplete);
    private static EvaluationRequest OpenScoring => Ask(EvaluationAction.OpenScoring);
    private static EvaluationRequest Score => Ask(EvaluationAction.SubmitScore);
    private static EvaluationRequest Close(int assigned, int submitted, bool spread) =>
        Ask(EvaluationAction.CloseScoring) with { Scoring = new(assigned, submitted, spread) };
    private static EvaluationRequest Rescoring => Ask(EvaluationAction.OpenRescoring);
    private static EvaluationRequest Decide => Ask(EvaluationAction.RecordDecision) with { DecisionNumber = "1234/QĐ-UBND", DecisionDate = new(2026, 4, 1) };

    /// <summary>Takes each step in turn, failing the test at the first refusal.</summary>
    private static EvaluationProgress Through(params EvaluationRequest[] requests)
    {
        var progress = EvaluationProgress.Registered;
        foreach (var request in requests)
        {
            var outcome = EvaluationSteps.Take(progress, request);
            Assert.That(outcome.Allowed, Is.True, $"{request.Action} at {progress.Step}: {outcome.Refusal}");
            progress = outcome.Next!;
        }

        return progress;
    }

    private static StepRefusal? Refusal(EvaluationProgress at, EvaluationRequest request) => EvaluationSteps.Take(at, request).Refusal;

    [Test]
    public void The_whole_way_from_registration_to_decision()
    {
        var decided = Through(Submit, ReturnWithReason, Submit, Propose, MoreWithReason, Submit, Complete, OpenScoring, Score, Score, Score,
            Close(3, 3, spread: true), Rescoring, Score with { Reason = "Thống nhất lại sau thảo luận" }, Close(3, 3, spread: false), Decide);

        Assert.That(decided, Is.EqualTo(new EvaluationProgress(EvaluationStep.Decided, DossierVersion: 3, ScoringRound: 2)));
    }

    [Test]
    public void Each_submission_is_a_new_dossier_version()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Through(Submit).DossierVersion, Is.EqualTo(1));
            Assert.That(Through(Submit, ReturnWithReason, Submit).DossierVersion, Is.EqualTo(2));
            Assert.That(Through(Submit, Propose, MoreWithReason, Submit), Is.EqualTo(new EvaluationProgress(EvaluationStep.WithAdvisoryGroup, 2, 0)));
        });
    }

    [TestCase(EvaluationAction.OpenScoring)]
    [TestCase(EvaluationAction.SubmitScore)]
    [TestCase(EvaluationAction.CloseScoring)]
    public void No_scoring_before_the_dossier_is_screened(EvaluationAction action)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Refusal(EvaluationProgress.Registered, Ask(action)), Is.EqualTo(StepRefusal.ScoringBeforeScreening));
            Assert.That(Refusal(Through(Submit), Ask(action)), Is.EqualTo(StepRefusal.ScoringBeforeScreening));
            Assert.That(Refusal(Through(Submit, Propose), Ask(action)), Is.EqualTo(StepRefusal.ScoringBeforeScreening));
        });
    }

    [Test]
    public void No_member_scores_before_the_secretary_opens_scoring() =>
        Assert.That(Refusal(Through(Submit, Propose, Complete), Score), Is.EqualTo(StepRefusal.NotAtThisStep));

    [Test]
    public void No_decision_before_scoring()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Refusal(Through(Submit, Propose, Complete), Decide), Is.EqualTo(StepRefusal.DecisionBeforeScoring));
            Assert.That(Refusal(Through(Submit, Propose, Complete, OpenScoring, Score), Decide), Is.EqualTo(StepRefusal.DecisionBeforeScoring));
            Assert.That(Refusal(Through(Submit, Propose, Complete, OpenScoring, Score, Close(1, 1, spread: true)), Decide),
                Is.EqualTo(StepRefusal.DecisionBeforeScoring), "a flagged spread is not a settled score");
        });
    }

    [TestCase(EvaluationAction.ProposeToProvince)]
    [TestCase(EvaluationAction.ReturnDossier)]
    [TestCase(EvaluationAction.MarkComplete)]
    public void A_returned_dossier_needs_a_new_submission(EvaluationAction action)
    {
        var returned = Through(Submit, ReturnWithReason);

        Assert.Multiple(() =>
        {
            Assert.That(Refusal(returned, Ask(action) with { Reason = "x", LocalCriteria = LocalCriteria }), Is.EqualTo(StepRefusal.NeedsNewSubmission));
            Assert.That(Refusal(Through(Submit, Propose, MoreWithReason), Ask(action) with { Reason = "x", LocalCriteria = LocalCriteria }),
                Is.EqualTo(StepRefusal.NeedsNewSubmission));
        });
    }

    [Test]
    public void A_submitted_dossier_cannot_be_submitted_again_until_it_is_returned() =>
        Assert.That(Refusal(Through(Submit), Submit), Is.EqualTo(StepRefusal.NotAtThisStep));

    [TestCase(EvaluationAction.SubmitDossier, EvaluationRole.CommuneOfficer)]
    [TestCase(EvaluationAction.ProposeToProvince, EvaluationRole.ProducerRepresentative)]
    [TestCase(EvaluationAction.MarkComplete, EvaluationRole.CommuneOfficer)]
    [TestCase(EvaluationAction.OpenScoring, EvaluationRole.CouncilMember)]
    [TestCase(EvaluationAction.SubmitScore, EvaluationRole.Secretary)]
    [TestCase(EvaluationAction.SubmitScore, EvaluationRole.ProducerRepresentative)]
    [TestCase(EvaluationAction.CloseScoring, EvaluationRole.Chair)]
    [TestCase(EvaluationAction.OpenRescoring, EvaluationRole.Secretary)]
    [TestCase(EvaluationAction.RecordDecision, EvaluationRole.Secretary)]
    [TestCase(EvaluationAction.RecordDecision, EvaluationRole.CouncilMember)]
    public void Only_the_right_role_takes_each_step(EvaluationAction action, EvaluationRole role) =>
        Assert.That(Refusal(Through(Submit), new EvaluationRequest(action, role)), Is.EqualTo(StepRefusal.RoleMayNot));

    [Test]
    public void Each_action_belongs_to_exactly_one_role() =>
        Assert.That(Enum.GetValues<EvaluationAction>().Select(EvaluationSteps.RoleFor), Is.All.Not.Null);

    [Test]
    public void Returning_a_dossier_or_asking_for_more_needs_a_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Refusal(Through(Submit), ReturnWithReason with { Reason = " " }), Is.EqualTo(StepRefusal.ReasonRequired));
            Assert.That(Refusal(Through(Submit, Propose), MoreWithReason with { Reason = null }), Is.EqualTo(StepRefusal.ReasonRequired));
        });
    }

    [Test]
    public void Proposing_needs_all_four_local_criteria()
    {
        var outcome = EvaluationSteps.Take(Through(Submit), Propose with { LocalCriteria = LocalCriteria with { LocalLabour = "", LocalIdentity = null } });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Refusal, Is.EqualTo(StepRefusal.LocalCriteriaIncomplete));
            Assert.That(outcome.Arguments, Is.EqualTo(new object[] { "LocalLabour, LocalIdentity" }));
            Assert.That(Refusal(Through(Submit), Propose with { LocalCriteria = null }), Is.EqualTo(StepRefusal.LocalCriteriaIncomplete));
        });
    }

    [Test]
    public void Scoring_closes_only_when_every_assigned_member_submitted()
    {
        var open = Through(Submit, Propose, Complete, OpenScoring, Score, Score);

        var outcome = EvaluationSteps.Take(open, Close(3, 2, spread: false));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Refusal, Is.EqualTo(StepRefusal.ScoresOutstanding));
            Assert.That(outcome.Arguments, Is.EqualTo(new object[] { 1, 3 }));
            Assert.That(Refusal(open, Close(0, 0, spread: false)), Is.EqualTo(StepRefusal.ScoresOutstanding), "a council with nobody assigned cannot score");
            Assert.That(Refusal(open, Ask(EvaluationAction.CloseScoring)), Is.EqualTo(StepRefusal.ScoringProgressRequired));
        });
    }

    [Test]
    public void A_spread_over_the_limit_sends_the_product_to_discussion_and_rescoring_needs_a_reason()
    {
        var flagged = Through(Submit, Propose, Complete, OpenScoring, Score, Close(1, 1, spread: true));
        var rescoring = Through(Submit, Propose, Complete, OpenScoring, Score, Close(1, 1, spread: true), Rescoring);

        Assert.Multiple(() =>
        {
            Assert.That(flagged.Step, Is.EqualTo(EvaluationStep.DiscussionFlagged));
            Assert.That(Refusal(flagged, Score), Is.EqualTo(StepRefusal.NotAtThisStep), "members re-score only once the chair opens it");
            Assert.That(rescoring, Is.EqualTo(new EvaluationProgress(EvaluationStep.Rescoring, 1, 2)));
            Assert.That(Refusal(rescoring, Score), Is.EqualTo(StepRefusal.ReasonRequired));
            Assert.That(EvaluationSteps.Take(rescoring, Close(1, 1, spread: true)).Next!.Step, Is.EqualTo(EvaluationStep.DiscussionFlagged));
        });
    }

    [Test]
    public void Rescoring_is_opened_only_for_a_flagged_product() =>
        Assert.That(Refusal(Through(Submit, Propose, Complete, OpenScoring, Score, Close(1, 1, spread: false)), Rescoring), Is.EqualTo(StepRefusal.NotAtThisStep));

    [Test]
    public void A_decision_needs_its_number_and_date()
    {
        var scored = Through(Submit, Propose, Complete, OpenScoring, Score, Close(1, 1, spread: false));

        Assert.Multiple(() =>
        {
            Assert.That(Refusal(scored, Decide with { DecisionNumber = "quyết định" }), Is.EqualTo(StepRefusal.DecisionNumberRequired));
            Assert.That(Refusal(scored, Decide with { DecisionDate = null }), Is.EqualTo(StepRefusal.DecisionDateRequired));
        });
    }

    [Test]
    public void Nothing_moves_after_the_decision()
    {
        var decided = Through(Submit, Propose, Complete, OpenScoring, Score, Close(1, 1, spread: false), Decide);

        Assert.Multiple(() =>
        {
            Assert.That(Refusal(decided, Decide), Is.EqualTo(StepRefusal.AlreadyDecided));
            Assert.That(Refusal(decided, Submit), Is.EqualTo(StepRefusal.AlreadyDecided));
        });
    }

    [Test]
    public void An_unknown_action_or_role_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Refusal(EvaluationProgress.Registered, new((EvaluationAction)99, EvaluationRole.Chair)), Is.EqualTo(StepRefusal.Unknown));
            Assert.That(Refusal(EvaluationProgress.Registered, new(EvaluationAction.SubmitDossier, (EvaluationRole)0)), Is.EqualTo(StepRefusal.Unknown));
        });
    }
}
