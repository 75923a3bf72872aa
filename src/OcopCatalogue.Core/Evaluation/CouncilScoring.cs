using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// Combines the members' current sheets for one product into the council's result: the mean of their totals, as the
/// provinces' council rules take it, rounded as configured; the spread over the configured limit flags the product for
/// discussion; the stars come from the band rules of <see cref="StarBands"/>, never from a table of our own.
/// </summary>
public static class CouncilScoring
{
    /// <param name="sheet">A complete sheet the scores were submitted on.</param>
    /// <param name="submitted">Each submitting member's current sheet (one per member; members who have not submitted are left out).</param>
    /// <exception cref="ArgumentException">Two sheets of one member, or options that do not pass their check.</exception>
    public static CouncilResult Combine(CriteriaSheet sheet, IEnumerable<MemberScore> submitted, CouncilScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Check() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"The council's scoring options are invalid: {string.Join(", ", problems.Select(p => p.MessageKey))}.", nameof(options));
        }

        var scores = submitted.ToList();
        if (scores.Select(s => s.Member).Distinct().Count() != scores.Count)
        {
            throw new ArgumentException("Each member counts once: pass only the current sheet of each member.", nameof(submitted));
        }

        if (scores.Count == 0)
        {
            return new CouncilResult();
        }

        var totals = scores.ToDictionary(s => s.Member, s => ScoreSheetRules.Totals(sheet, s.Points));
        var mean = totals.Values.Average(t => t.Total);
        var score = options.Rounding.Apply(mean);
        var spread = totals.Values.Max(t => t.Total) - totals.Values.Min(t => t.Total);
        var failed = sheet.AllCriteria()
            .Where(c => c.Mandatory && scores.All(s => !s.Points.TryGetValue(c.Code, out var points) || points == 0))
            .Select(c => c.Code)
            .ToList();
        var withheld = failed.Count > 0 && options.MandatoryRule is MandatoryCriteriaRule.NotRankedWhenFailed;
        var stars = withheld ? null : StarBands.FromScore(score);
        return new CouncilResult
        {
            Members = scores.Count,
            MemberTotals = totals.ToDictionary(t => t.Key, t => t.Value.Total),
            Mean = mean,
            Score = score,
            PartMeans = sheet.Parts.ToDictionary(p => p.Code, p => options.Rounding.Apply(totals.Values.Average(t => t.Parts[p.Code])), StringComparer.Ordinal),
            Spread = spread,
            NeedsDiscussion = spread > options.SpreadLimit,
            FailedMandatoryCriteria = failed,
            Stars = stars,
            ProposeToCentral = stars is not null && score >= StarBands.FiveStarFloor,
        };
    }
}
