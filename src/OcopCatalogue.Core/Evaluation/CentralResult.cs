namespace OcopCatalogue.Core.Evaluation;

/// <summary>
/// What the central level's decision on a province's proposal says, as typed by the chair or an editor: its number,
/// date, issuing body, whether it grants five stars and, when it does, the central council's score.
/// </summary>
public sealed record CentralResult(string? Number, DateOnly? Date, string? IssuingBody, bool Granted, decimal? Score);
