namespace OcopCatalogue.Core.SalesPoints;

/// <summary>An opening stretch that repeats every week on one weekday; a day may have several (a lunch break).</summary>
public sealed record WeeklyOpening(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public OpeningInterval Interval => new(Opens, Closes);
}
