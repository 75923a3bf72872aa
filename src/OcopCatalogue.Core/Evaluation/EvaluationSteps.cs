using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// The order of an evaluation round's steps for one product, as a state machine of pure functions. The producer's
/// representative submits the dossier (each submission a new version); the commune returns it with reasons or proposes
/// it with the four local criteria; the advisory group finds it complete or asks for more; the secretary opens scoring;
/// council members submit; the secretary closes scoring, which flags a spread over the limit for discussion; the chair
/// opens re-scoring (members re-score with a reason) and finally records the decision. Nothing is scored before the
/// dossier is screened, nothing decided before it is scored, and a returned dossier needs a new submission.
/// </summary>
public static class EvaluationSteps
{
    private static readonly Dictionary<EvaluationAction, EvaluationRole> RoleOf = new()
    {
        [EvaluationAction.SubmitDossier] = EvaluationRole.ProducerRepresentative,
        [EvaluationAction.ReturnDossier] = EvaluationRole.CommuneOfficer,
        [EvaluationAction.ProposeToProvince] = EvaluationRole.CommuneOfficer,
        [EvaluationAction.AskForMore] = EvaluationRole.AdvisoryGroup,
        [EvaluationAction.MarkComplete] = EvaluationRole.AdvisoryGroup,
        [EvaluationAction.OpenScoring] = EvaluationRole.Secretary,
        [EvaluationAction.SubmitScore] = EvaluationRole.CouncilMember,
        [EvaluationAction.CloseScoring] = EvaluationRole.Secretary,
        [EvaluationAction.OpenRescoring] = EvaluationRole.Chair,
        [EvaluationAction.RecordDecision] = EvaluationRole.Chair,
    };

    /// <summary>The one role that takes <paramref name="action"/>, or null for an action that is not one.</summary>
    public static EvaluationRole? RoleFor(EvaluationAction action) => RoleOf.TryGetValue(action, out var role) ? role : null;

    /// <summary>The progress after <paramref name="request"/>, or why it is refused. Nothing is changed: the caller stores the answer.</summary>
    public static StepOutcome Take(EvaluationProgress current, EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Action) || !Enum.IsDefined(request.Role) || !Enum.IsDefined(current.Step))
        {
            return StepOutcome.Refuse(StepRefusal.Unknown);
        }

        if (RoleFor(request.Action) != request.Role)
        {
            return StepOutcome.Refuse(StepRefusal.RoleMayNot, request.Role, request.Action);
        }

        var step = current.Step;
        if (step is EvaluationStep.Decided)
        {
            return StepOutcome.Refuse(StepRefusal.AlreadyDecided);
        }

        if (step is EvaluationStep.ReturnedByCommune or EvaluationStep.MoreAskedByAdvisoryGroup && request.Action != EvaluationAction.SubmitDossier)
        {
            return StepOutcome.Refuse(StepRefusal.NeedsNewSubmission);
        }

        return request.Action switch
        {
            EvaluationAction.SubmitDossier => SubmitDossier(current),
            EvaluationAction.ReturnDossier => At(current, EvaluationStep.DossierSubmitted)
                ?? WithReason(request) ?? Move(current, EvaluationStep.ReturnedByCommune),
            EvaluationAction.ProposeToProvince => At(current, EvaluationStep.DossierSubmitted) ?? Propose(current, request),
            EvaluationAction.AskForMore => At(current, EvaluationStep.WithAdvisoryGroup)
                ?? WithReason(request) ?? Move(current, EvaluationStep.MoreAskedByAdvisoryGroup),
            EvaluationAction.MarkComplete => At(current, EvaluationStep.WithAdvisoryGroup) ?? Move(current, EvaluationStep.DossierComplete),
            EvaluationAction.OpenScoring => Screened(current) ?? At(current, EvaluationStep.DossierComplete)
                ?? StepOutcome.Allow(current with { Step = EvaluationStep.ScoringOpen, ScoringRound = 1 }),
            EvaluationAction.SubmitScore => Screened(current) ?? SubmitScore(current, request),
            EvaluationAction.CloseScoring => Screened(current) ?? CloseScoring(current, request),
            EvaluationAction.OpenRescoring => At(current, EvaluationStep.DiscussionFlagged)
                ?? StepOutcome.Allow(current with { Step = EvaluationStep.Rescoring, ScoringRound = current.ScoringRound + 1 }),
            EvaluationAction.RecordDecision => RecordDecision(current, request),
            _ => StepOutcome.Refuse(StepRefusal.Unknown),
        };
    }

    private static StepOutcome SubmitDossier(EvaluationProgress current)
    {
        // A supplement asked for by the advisory group goes back to it; the commune has already proposed the product.
        var next = current.Step switch
        {
            EvaluationStep.Registered or EvaluationStep.ReturnedByCommune => EvaluationStep.DossierSubmitted,
            EvaluationStep.MoreAskedByAdvisoryGroup => EvaluationStep.WithAdvisoryGroup,
            _ => (EvaluationStep?)null,
        };
        return next is { } step
            ? StepOutcome.Allow(current with { Step = step, DossierVersion = current.DossierVersion + 1 })
            : StepOutcome.Refuse(StepRefusal.NotAtThisStep, current.Step);
    }

    private static StepOutcome Propose(EvaluationProgress current, EvaluationRequest request)
    {
        var missing = request.LocalCriteria?.Missing ?? new LocalCriteriaAssessment(null, null, null, null).Missing;
        return missing.Count > 0
            ? StepOutcome.Refuse(StepRefusal.LocalCriteriaIncomplete, string.Join(", ", missing))
            : Move(current, EvaluationStep.WithAdvisoryGroup);
    }

    private static StepOutcome SubmitScore(EvaluationProgress current, EvaluationRequest request) => current.Step switch
    {
        EvaluationStep.ScoringOpen => Move(current, EvaluationStep.ScoringOpen),
        EvaluationStep.Rescoring => WithReason(request) ?? Move(current, EvaluationStep.Rescoring),
        _ => StepOutcome.Refuse(StepRefusal.NotAtThisStep, current.Step),
    };

    private static StepOutcome CloseScoring(EvaluationProgress current, EvaluationRequest request)
    {
        if (current.Step is not (EvaluationStep.ScoringOpen or EvaluationStep.Rescoring))
        {
            return StepOutcome.Refuse(StepRefusal.NotAtThisStep, current.Step);
        }

        if (request.Scoring is not { } scoring)
        {
            return StepOutcome.Refuse(StepRefusal.ScoringProgressRequired);
        }

        if (scoring.AssignedMembers < 1 || scoring.SubmittedMembers < scoring.AssignedMembers)
        {
            return StepOutcome.Refuse(StepRefusal.ScoresOutstanding, Math.Max(0, scoring.AssignedMembers - scoring.SubmittedMembers), scoring.AssignedMembers);
        }

        return Move(current, scoring.NeedsDiscussion ? EvaluationStep.DiscussionFlagged : EvaluationStep.Scored);
    }

    private static StepOutcome RecordDecision(EvaluationProgress current, EvaluationRequest request)
    {
        if (current.Step < EvaluationStep.Scored)
        {
            return StepOutcome.Refuse(StepRefusal.DecisionBeforeScoring, current.Step);
        }

        if (!CertificateEvaluation.IsPlausibleDecisionNumber(request.DecisionNumber))
        {
            return StepOutcome.Refuse(StepRefusal.DecisionNumberRequired);
        }

        return request.DecisionDate is null
            ? StepOutcome.Refuse(StepRefusal.DecisionDateRequired)
            : Move(current, EvaluationStep.Decided);
    }

    /// <summary>Refuses any scoring action before the advisory group found the dossier complete.</summary>
    private static StepOutcome? Screened(EvaluationProgress current) =>
        current.Step < EvaluationStep.DossierComplete ? StepOutcome.Refuse(StepRefusal.ScoringBeforeScreening, current.Step) : null;

    private static StepOutcome? At(EvaluationProgress current, EvaluationStep required) =>
        current.Step == required ? null : StepOutcome.Refuse(StepRefusal.NotAtThisStep, current.Step);

    private static StepOutcome? WithReason(EvaluationRequest request) =>
        string.IsNullOrWhiteSpace(request.Reason) ? StepOutcome.Refuse(StepRefusal.ReasonRequired) : null;

    private static StepOutcome Move(EvaluationProgress current, EvaluationStep next) => StepOutcome.Allow(current with { Step = next });
}
