namespace OcopCatalogue.Core.Evaluation;

/// <summary>One request to move a registration on: the action, the asker's role, and what that action needs.</summary>
public sealed record EvaluationRequest(EvaluationAction Action, EvaluationRole Role)
{
    /// <summary>Why a dossier is returned or more is asked, or why a member re-scores.</summary>
    public string? Reason { get; init; }
    /// <summary>The commune's four findings, needed to propose the product to the province.</summary>
    public LocalCriteriaAssessment? LocalCriteria { get; init; }
    /// <summary>Needed to close scoring.</summary>
    public ScoringProgress? Scoring { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
}
