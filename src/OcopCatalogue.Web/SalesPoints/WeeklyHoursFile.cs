using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>A weekly opening stretch in a uSync file: the weekday by its English name, times as "HH:mm".</summary>
public sealed record WeeklyHoursFile : IWeeklyHoursFields
{
    public DayOfWeek Day { get; init; }
    public string Opens { get; init; } = "";
    public string Closes { get; init; } = "";
}
