using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>What <see cref="CriteriaSheetFile.Read"/> made of a file: the sheet when it parsed, and every problem found.</summary>
public sealed record CriteriaSheetReading(CriteriaSheet? Sheet, IReadOnlyList<FieldProblem> Problems)
{
    /// <summary>The sheet parsed and passed <see cref="CriteriaSheetRules"/>: it may be loaded.</summary>
    public bool IsValid => Sheet is not null && Problems.Count == 0;
}
