namespace OcopCatalogue.Web.BackOffice.SalesPoints;

/// <summary>One weekly opening line of the sales point form (a day, opening and closing time), kept as typed.</summary>
public sealed class WeeklyHoursRow
{
    public string? Day { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }

    /// <summary>A row with no times is an unused line, whatever day its menu shows.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Opens) && string.IsNullOrWhiteSpace(Closes);
}
