namespace OcopCatalogue.Core.SalesPoints;

/// <summary>A stretch of opening hours as a file or a form carries it: times written "HH:mm".</summary>
public interface IHoursFields
{
    string? Opens { get; }
    string? Closes { get; }
}
