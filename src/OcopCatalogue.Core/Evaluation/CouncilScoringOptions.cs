using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// A council's rules for combining its members' sheets (the province's council rules decide them): how the mean is
/// rounded, how far apart members' totals may be before the product goes back for discussion (10 points in the
/// council rules we found, for example Tây Ninh's), and what a failed mandatory criterion does.
/// </summary>
public sealed record CouncilScoringOptions
{
    public const decimal DefaultSpreadLimit = 10m;

    private const string Problem = "Evaluation.Options.";

    /// <summary>A rounding that is not one: {0} the decimals, {1} the midpoint rule.</summary>
    public const string RoundingInvalid = Problem + nameof(RoundingInvalid);

    /// <summary>A spread limit outside 0 (exclusive) to 100: {0} the limit.</summary>
    public const string SpreadLimitInvalid = Problem + nameof(SpreadLimitInvalid);

    /// <summary>Two decimals, the precision a certificate keeps: rounding to less is the council's choice.</summary>
    public ScoreRounding Rounding { get; init; } = ScoreRounding.ToHundredth;

    /// <summary>Members' totals further apart than this (max − min &gt; limit) flag the product for discussion.</summary>
    public decimal SpreadLimit { get; init; } = DefaultSpreadLimit;

    public MandatoryCriteriaRule MandatoryRule { get; init; } = MandatoryCriteriaRule.ReportOnly;

    public IReadOnlyList<FieldProblem> Check()
    {
        var problems = new List<FieldProblem>();
        if (Rounding is null || !Rounding.IsValid)
        {
            problems.Add(new(nameof(Rounding), RoundingInvalid, Rounding?.Decimals ?? 0, Rounding?.Midpoint.ToString() ?? ""));
        }

        if (SpreadLimit is <= 0 or > OcopScoreFrame.TotalPoints)
        {
            problems.Add(new(nameof(SpreadLimit), SpreadLimitInvalid, SpreadLimit));
        }

        FieldChecks.Defined(problems, nameof(MandatoryRule), MandatoryRule);
        return problems;
    }
}
