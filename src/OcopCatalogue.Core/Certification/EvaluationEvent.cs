namespace OcopCatalogue.Core.Certification;

/// <summary>
/// The facts of one decision as staff type them from the signed document, before they become a
/// <see cref="Certificate"/>. Unknown facts stay null; nothing is filled in by guess.
/// </summary>
public sealed record EvaluationEvent
{
    public EvaluationKind Kind { get; init; }
    /// <summary>The council's score out of 100; the stars follow from it.</summary>
    public decimal? Score { get; init; }
    /// <summary>Stars as the document states them; must agree with the score when both are given.</summary>
    public StarRating? PublishedStars { get; init; }
    public IssuingLevel? Level { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
    /// <summary>Reason for a revocation or downgrade, or any other remark, as written in the decision.</summary>
    public string? Note { get; init; }

    /// <summary>Stars from the score when given (null below 50 points or out of range), else the stated stars.</summary>
    public StarRating? Stars => Score is { } score
        ? StarBands.IsValid(score) ? StarBands.FromScore(score) : null
        : PublishedStars;
}
