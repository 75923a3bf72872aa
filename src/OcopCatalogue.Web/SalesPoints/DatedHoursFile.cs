using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>Dates that replace the weekly hours in a uSync file: closed when <see cref="Hours"/> is empty.</summary>
public sealed record DatedHoursFile : IDatedHoursFields
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public IReadOnlyList<HoursFile> Hours { get; init; } = [];
    public string? Note { get; init; }

    IReadOnlyList<IHoursFields> IDatedHoursFields.Hours => Hours;
}
