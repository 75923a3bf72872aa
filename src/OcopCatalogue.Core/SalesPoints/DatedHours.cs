namespace OcopCatalogue.Core.SalesPoints;

/// <summary>
/// Dates when the weekly schedule does not apply (Tết, a fair week): closed when <see cref="Hours"/> is empty,
/// otherwise open only in those hours on each day from <see cref="From"/> to <see cref="To"/> inclusive.
/// </summary>
public sealed record DatedHours
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public IReadOnlyList<OpeningInterval> Hours { get; init; } = [];
    /// <summary>Why, as published (for example "Nghỉ Tết Nguyên đán").</summary>
    public string? Note { get; init; }

    public bool IsClosed => Hours.Count == 0;

    public bool Covers(DateOnly day) => day >= From && day <= To;
}
