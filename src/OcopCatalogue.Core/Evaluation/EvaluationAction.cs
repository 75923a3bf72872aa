namespace OcopCatalogue.Core.Evaluation;

/// <summary>What someone asks to do to a registration; <see cref="EvaluationSteps"/> says who may and when.</summary>
public enum EvaluationAction
{
    SubmitDossier = 1,
    ReturnDossier = 2,
    ProposeToProvince = 3,
    AskForMore = 4,
    MarkComplete = 5,
    OpenScoring = 6,
    SubmitScore = 7,
    CloseScoring = 8,
    OpenRescoring = 9,
    RecordDecision = 10,
}
