using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Evaluation;

/// <summary>The answer to submitting a sheet: the member's history with the new submission, or why it was refused.</summary>
public sealed record ScoreSubmission(MemberScoreHistory? History, IReadOnlyList<FieldProblem> Problems)
{
    public bool Accepted => History is not null && Problems.Count == 0;
}
