namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// A registration's place in the steps: the step, how many dossier versions were submitted (each submission is a
/// version of its own; nothing is overwritten) and which scoring round is under way (1, then 2 after a first re-scoring...).
/// </summary>
public sealed record EvaluationProgress(EvaluationStep Step, int DossierVersion, int ScoringRound)
{
    /// <summary>A product just registered into a round.</summary>
    public static EvaluationProgress Registered { get; } = new(EvaluationStep.Registered, 0, 0);
}
