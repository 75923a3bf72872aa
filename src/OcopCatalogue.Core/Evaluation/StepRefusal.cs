namespace OcopCatalogue.Core.Evaluation;

/// <summary>Why <see cref="EvaluationSteps"/> refused a request; each has Vietnamese and English words in <see cref="EvaluationTexts"/>.</summary>
public enum StepRefusal
{
    /// <summary>The action or role is not one.</summary>
    Unknown = 1,
    /// <summary>The role never takes this action (a producer scoring, a member deciding).</summary>
    RoleMayNot,
    /// <summary>The decision is recorded; the registration is closed.</summary>
    AlreadyDecided,
    /// <summary>The dossier was returned or more was asked: only a new submission moves it on.</summary>
    NeedsNewSubmission,
    /// <summary>Scoring asked for before the dossier was screened and found complete.</summary>
    ScoringBeforeScreening,
    /// <summary>A decision asked for before the council's score is settled.</summary>
    DecisionBeforeScoring,
    /// <summary>The action does not fit the present step.</summary>
    NotAtThisStep,
    ReasonRequired,
    /// <summary>Proposing without all four local findings: the arguments name the missing ones.</summary>
    LocalCriteriaIncomplete,
    ScoringProgressRequired,
    /// <summary>Closing scoring while assigned members have not submitted.</summary>
    ScoresOutstanding,
    DecisionNumberRequired,
    DecisionDateRequired,
}
