namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A sales point's opening schedule as a file or a form carries it.</summary>
public interface IScheduleFields
{
    IReadOnlyList<IWeeklyHoursFields> Weekly { get; }
    IReadOnlyList<IDatedHoursFields> Exceptions { get; }
}
