namespace OcopCatalogue.Core.SalesPoints;

/// <summary>
/// One stretch of opening on a day. A closing time at or before the opening time runs past midnight into the
/// next day (18:00–02:00); equal times (00:00–00:00) mean open the whole day round.
/// </summary>
public sealed record OpeningInterval(TimeOnly Opens, TimeOnly Closes)
{
    public bool IsOvernight => Closes <= Opens;

    /// <summary>The stretch as local times, starting on <paramref name="day"/>.</summary>
    public (DateTime Start, DateTime End) On(DateOnly day)
    {
        var start = day.ToDateTime(Opens);
        var end = (IsOvernight ? day.AddDays(1) : day).ToDateTime(Closes);
        return (start, end);
    }
}
