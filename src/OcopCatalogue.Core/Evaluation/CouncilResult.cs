using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// A council's result for one product from its members' current sheets: the mean (rounded as the council's options say),
/// the part means for the minutes, the spread of the members' totals and whether it sends the product back for
/// discussion, the stars from <see cref="StarBands"/> and whether the product goes to the central level (90 or more).
/// </summary>
public sealed record CouncilResult
{
    public int Members { get; init; }
    /// <summary>Each submitting member's total, by member.</summary>
    public IReadOnlyDictionary<Guid, decimal> MemberTotals { get; init; } = new Dictionary<Guid, decimal>();
    /// <summary>The mean of the members' totals before rounding; null when nobody has submitted.</summary>
    public decimal? Mean { get; init; }
    /// <summary>The council's score: <see cref="Mean"/> rounded; null when nobody has submitted.</summary>
    public decimal? Score { get; init; }
    /// <summary>The mean of each part ("A", "B", "C") over the members, rounded likewise.</summary>
    public IReadOnlyDictionary<string, decimal> PartMeans { get; init; } = new Dictionary<string, decimal>();
    /// <summary>The highest member total minus the lowest.</summary>
    public decimal Spread { get; init; }
    /// <summary>The spread is over the council's limit: the members discuss and may re-score.</summary>
    public bool NeedsDiscussion { get; init; }
    /// <summary>Mandatory criteria no submitting member gave any point.</summary>
    public IReadOnlyList<string> FailedMandatoryCriteria { get; init; } = [];
    /// <summary>The stars the score's band gives, or null: below 50 points, nobody submitted, or withheld by the mandatory rule.</summary>
    public StarRating? Stars { get; init; }
    /// <summary>90 or more and ranked: proposed to the central level for 5 stars (Decision 1489/QĐ-TTg).</summary>
    public bool ProposeToCentral { get; init; }
}
