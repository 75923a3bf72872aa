namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A weekly opening line as a file or a form carries it.</summary>
public interface IWeeklyHoursFields : IHoursFields
{
    DayOfWeek Day { get; }
}
