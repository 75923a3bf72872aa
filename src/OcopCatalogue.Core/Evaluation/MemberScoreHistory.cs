using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// A council member's submissions for one product, oldest first. The latest is the member's score; a re-scoring adds
/// a submission with its reason and keeps the earlier ones, so the minutes can show what changed and why. Whether
/// re-scoring is open at all is the step order's business (<see cref="EvaluationSteps"/>).
/// </summary>
public sealed record MemberScoreHistory
{
    public const int MaxReasonLength = 2000;

    private const string Problem = "Evaluation.Score.";

    /// <summary>A re-scoring without a reason.</summary>
    public const string RescoreReasonRequired = Problem + nameof(RescoreReasonRequired);

    /// <summary>A reason on a first submission, which has nothing to change.</summary>
    public const string ReasonOnFirstSubmission = Problem + nameof(ReasonOnFirstSubmission);

    /// <summary>A submission earlier than the one before it: {0} the previous submission's time.</summary>
    public const string SubmittedBeforePrevious = Problem + nameof(SubmittedBeforePrevious);

    private MemberScoreHistory(Guid member, IReadOnlyList<MemberScore> submissions)
    {
        Member = member;
        Submissions = submissions;
    }

    public Guid Member { get; }

    public IReadOnlyList<MemberScore> Submissions { get; }

    /// <summary>The member's score: the latest submission.</summary>
    public MemberScore Current => Submissions[^1];

    /// <summary>
    /// Submits <paramref name="points"/> as <paramref name="member"/>'s sheet: the first time without a reason, again
    /// (a re-scoring) only with one. The points must pass <see cref="ScoreSheetRules.Check"/> for submitting.
    /// </summary>
    public static ScoreSubmission Submit(
        CriteriaSheet sheet, MemberScoreHistory? earlier, Guid member, IReadOnlyDictionary<string, decimal> points, DateTimeOffset at, string? reason)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(points);
        if (earlier is not null && earlier.Member != member)
        {
            throw new ArgumentException("A member's history takes only that member's submissions.", nameof(earlier));
        }

        var problems = ScoreSheetRules.Check(sheet, points, submitting: true).ToList();
        var cleanReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (earlier is null && cleanReason is not null)
        {
            problems.Add(new(nameof(MemberScore.Reason), ReasonOnFirstSubmission));
        }
        else if (earlier is not null)
        {
            if (cleanReason is null)
            {
                problems.Add(new(nameof(MemberScore.Reason), RescoreReasonRequired));
            }

            if (at < earlier.Current.SubmittedAt)
            {
                problems.Add(new(nameof(MemberScore.SubmittedAt), SubmittedBeforePrevious, earlier.Current.SubmittedAt));
            }
        }

        FieldChecks.MaxLength(problems, nameof(MemberScore.Reason), cleanReason, MaxReasonLength);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        // A copy, so a caller changing its dictionary afterwards cannot rewrite a submission.
        var submission = new MemberScore(member, new Dictionary<string, decimal>(points, StringComparer.Ordinal), at,
            (earlier?.Submissions.Count ?? 0) + 1, cleanReason);
        return new(new MemberScoreHistory(member, [.. earlier?.Submissions ?? [], submission]), []);
    }
}
