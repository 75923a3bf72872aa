namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// One submission of a council member's sheet for one product: the points per criterion code, when, and for a
/// re-scoring (<see cref="Attempt"/> above 1) the reason the member gave. Submissions are never changed afterwards.
/// </summary>
public sealed record MemberScore(Guid Member, IReadOnlyDictionary<string, decimal> Points, DateTimeOffset SubmittedAt, int Attempt, string? Reason);
