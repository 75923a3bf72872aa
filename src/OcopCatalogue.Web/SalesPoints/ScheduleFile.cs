using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>A sales point's structured opening hours in its uSync file; both lists empty when none are published.</summary>
public sealed record ScheduleFile : IScheduleFields
{
    public IReadOnlyList<WeeklyHoursFile> Weekly { get; init; } = [];
    public IReadOnlyList<DatedHoursFile> Exceptions { get; init; } = [];

    IReadOnlyList<IWeeklyHoursFields> IScheduleFields.Weekly => Weekly;

    IReadOnlyList<IDatedHoursFields> IScheduleFields.Exceptions => Exceptions;
}
