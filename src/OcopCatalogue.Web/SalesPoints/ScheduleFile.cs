namespace OcopCatalogue.Web.SalesPoints;

/// <summary>A sales point's structured opening hours in its uSync file; both lists empty when none are published.</summary>
public sealed record ScheduleFile
{
    public IReadOnlyList<WeeklyHoursFile> Weekly { get; init; } = [];
    public IReadOnlyList<DatedHoursFile> Exceptions { get; init; } = [];
}
