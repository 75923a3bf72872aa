using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// The rules of one member's (or a producer's self-assessment) points on a sheet: only a complete sheet can be scored;
/// each criterion of the sheet gets 0 to its maximum, in steps of at most two decimals; before submitting, every
/// criterion has an answer. A draft may leave criteria open. Points are keyed by criterion code.
/// </summary>
public static class ScoreSheetRules
{
    private const string Problem = "Evaluation.Score.";

    /// <summary>The sheet is a frame whose criteria are not transcribed yet: {0} the sheet's code.</summary>
    public const string SheetIncomplete = Problem + nameof(SheetIncomplete);

    /// <summary>Points for a criterion the sheet does not have: {0} the code.</summary>
    public const string CriterionUnknown = Problem + nameof(CriterionUnknown);

    /// <summary>Points below 0 or above the criterion's maximum: {0} the criterion, {1} its maximum, {2} the points.</summary>
    public const string PointsOutOfRange = Problem + nameof(PointsOutOfRange);

    /// <summary>Points with more than two decimals: {0} the criterion, {1} the points.</summary>
    public const string PointsTooPrecise = Problem + nameof(PointsTooPrecise);

    /// <summary>A criterion without points when the sheet is submitted: {0} the criterion, {1} its name.</summary>
    public const string CriterionUnanswered = Problem + nameof(CriterionUnanswered);

    public static IReadOnlyList<FieldProblem> Check(CriteriaSheet sheet, IReadOnlyDictionary<string, decimal> points, bool submitting)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(points);
        if (!sheet.IsComplete)
        {
            return [new FieldProblem(nameof(CriteriaSheet), SheetIncomplete, sheet.Code)];
        }

        var criteria = sheet.AllCriteria().ToDictionary(c => c.Code, StringComparer.Ordinal);
        var problems = new List<FieldProblem>();
        foreach (var (code, given) in points.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var field = FieldPath.Member("Points", code);
            if (!criteria.TryGetValue(code, out var criterion))
            {
                problems.Add(new(field, CriterionUnknown, code));
            }
            else if (given < 0 || given > criterion.MaxPoints)
            {
                problems.Add(new(field, PointsOutOfRange, code, criterion.MaxPoints, given));
            }
            else if (decimal.Round(given, CriteriaSheetRules.PointDecimals) != given)
            {
                problems.Add(new(field, PointsTooPrecise, code, given));
            }
        }

        if (submitting)
        {
            problems.AddRange(sheet.AllCriteria().Where(c => !points.ContainsKey(c.Code))
                .Select(c => new FieldProblem(FieldPath.Member("Points", c.Code), CriterionUnanswered, c.Code, c.NameVi)));
        }

        return problems;
    }

    /// <summary>The points added up per part and in all; points for codes the sheet does not have count nowhere.</summary>
    public static SheetTotals Totals(CriteriaSheet sheet, IReadOnlyDictionary<string, decimal> points)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(points);
        var parts = sheet.Parts.ToDictionary(
            p => p.Code,
            p => p.AllCriteria().Sum(c => points.TryGetValue(c.Code, out var given) ? given : 0m),
            StringComparer.Ordinal);
        return new(parts, parts.Values.Sum());
    }
}
