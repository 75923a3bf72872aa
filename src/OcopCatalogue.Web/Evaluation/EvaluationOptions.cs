using System.ComponentModel.DataAnnotations;
using OcopCatalogue.Core.Evaluation;

namespace OcopCatalogue.Web.Evaluation;

/// <summary>The council's rules and the evidence limits (<c>Ocop:Evaluation</c>), checked on start.</summary>
public sealed class EvaluationOptions : IValidatableObject
{
    public const string Section = "Ocop:Evaluation";

    /// <summary>Members' totals further apart than this flag a product for discussion (a round may set its own).</summary>
    public decimal SpreadLimit { get; set; } = CouncilScoringOptions.DefaultSpreadLimit;

    /// <summary>Decimals the council's mean is rounded to (0 to 2).</summary>
    public int RoundingDecimals { get; set; } = 2;

    public MandatoryCriteriaRule MandatoryRule { get; set; } = MandatoryCriteriaRule.ReportOnly;

    /// <summary>The largest evidence file accepted.</summary>
    [Range(1024, 100L * 1024 * 1024)]
    public long EvidenceMaxBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>The council's options for a round (its own spread limit, else the site's).</summary>
    public CouncilScoringOptions ScoringFor(EvaluationRound? round) => new()
    {
        SpreadLimit = round?.SpreadLimit ?? SpreadLimit,
        Rounding = new ScoreRounding(RoundingDecimals),
        MandatoryRule = MandatoryRule,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ScoringFor(null).Check().Select(p => new ValidationResult($"{Section}: {p.MessageKey}", [p.Field]));
}
