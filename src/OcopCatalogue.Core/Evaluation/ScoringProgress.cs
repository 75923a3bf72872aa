namespace OcopCatalogue.Core.Evaluation;

/// <summary>How far scoring of one product has come, for closing it: members assigned, members whose sheet is in, and whether the spread is over the limit (<see cref="CouncilResult.NeedsDiscussion"/>).</summary>
public sealed record ScoringProgress(int AssignedMembers, int SubmittedMembers, bool NeedsDiscussion);
