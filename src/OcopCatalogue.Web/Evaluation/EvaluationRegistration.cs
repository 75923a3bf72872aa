using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>
/// One product in one round: who files it, on which sheet, and where it stands (<see cref="EvaluationSteps"/> moves
/// it). The council's result is kept once scoring closes, so lists and the minutes need not recompute it.
/// </summary>
public sealed class EvaluationRegistration
{
    public Guid Id { get; set; }
    public Guid RoundId { get; set; }
    public Guid ProductId { get; set; }
    public Guid ProducerId { get; set; }
    public RegistrationKind Kind { get; set; }
    /// <summary>The code of the criteria sheet (EvaluationSheets) the product is scored on.</summary>
    public string SheetCode { get; set; } = "";
    /// <summary>The producer's commune when registered: which commune officers screen it.</summary>
    public string Commune { get; set; } = "";
    public EvaluationStep Step { get; set; } = EvaluationStep.Registered;
    public int DossierVersion { get; set; }
    public int ScoringRound { get; set; }
    /// <summary>The producer's self-assessment being filled (JSON: criterion code to points); copied into each submitted version.</summary>
    public string DraftSelfAssessment { get; set; } = "{}";
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset StepChangedAt { get; set; }
    public decimal? Score { get; set; }
    public StarRating? Stars { get; set; }
    public decimal? Spread { get; set; }
    public bool ProposeToCentral { get; set; }
    public Guid? DecisionId { get; set; }
    public Guid? CertificateId { get; set; }

    public EvaluationProgress Progress => new(Step, DossierVersion, ScoringRound);
}
