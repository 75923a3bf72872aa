using OcopCatalogue.Core.SalesPoints;

namespace OcopCatalogue.Web.SalesPoints;

/// <summary>One opening stretch in a uSync file, times as "HH:mm"; a closing time at or before the opening runs past midnight.</summary>
public sealed record HoursFile : IHoursFields
{
    public string Opens { get; init; } = "";
    public string Closes { get; init; } = "";
}
